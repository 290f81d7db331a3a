package org.factline.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.factline.base.DatabaseHealth;
import org.factline.security.AccessTokenAuthentication;
import org.factline.security.AccessTokenAuthenticator;
import org.factline.security.AppRoles;
import org.factline.security.SecurityHeaders;
import org.factline.security.SessionRevocationFilter;
import org.factline.security.SessionValidity;
import org.factline.security.TokenScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Spring Boot Actuator's endpoints, on the application's port: {@code /actuator/health} (and its
 * {@code liveness} and {@code readiness} groups) and {@code /actuator/info} answer anyone, so
 * balancers, orchestrators and uptime checks need no secret; they show the status only, and the
 * components with their details to admins. Every other endpoint (metrics, the Prometheus scrape,
 * loggers, env…) answers admins only: a browser signed in as an admin, or a scraper with an admin's
 * personal access token ({@code Authorization: Bearer flt_…}; a {@code read} token may only read,
 * so changing a logger's level needs a {@code read-write} one). Anyone else gets 401 (not signed
 * in) or 403, never the sign-in page. The chain is ordered before the UI's.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain actuatorFilterChain(
            HttpSecurity http,
            AccessTokenAuthenticator tokens,
            DatabaseHealth database,
            SessionValidity sessionValidity,
            ObjectProvider<SecurityContextHolderStrategy> contextStrategy)
            throws Exception {
        var bearer = new AuthenticationFilter(
                new ProviderManager(new AccessTokenAuthenticationProvider(tokens)), new BearerTokenConverter());
        bearer.setSecurityContextHolderStrategy(
                contextStrategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        bearer.setSuccessHandler((request, response, authentication) -> {});
        bearer.setFailureHandler((request, response, e) -> {
            if (e instanceof AuthenticationServiceException && database.handled(e)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ApiProblems.RETRY_AFTER_OUTAGE));
                ApiProblems.write(response, ApiProblems.databaseUnavailable());
            } else {
                unauthorized(response, e.getMessage());
            }
        });
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .headers(SecurityHeaders.data())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                // A signed-in admin's browser session is honoured, and so is its revocation.
                .addFilterAfter(new SessionRevocationFilter(sessionValidity), SecurityContextHolderFilter.class)
                .addFilterBefore(bearer, AuthorizationFilter.class)
                // Bearer requests carry no cookie to forge; a browser's change (a logger level) needs the token.
                .csrf(csrf ->
                        csrf.ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                        .permitAll()
                        .requestMatchers(ActuatorSecurityConfig::reading)
                        .hasRole(AppRoles.ADMIN)
                        // a change (a logger's level): an admin's session, or an admin's read-write token
                        .anyRequest()
                        .access((authentication, request) -> new AuthorizationDecision(
                                isAdmin(authentication.get()) && mayWrite(authentication.get()))))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> unauthorized(
                                response,
                                "Sign in as an admin, or send an admin's token: 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, e) -> ApiProblems.write(
                                response,
                                ApiProblems.problem(
                                        HttpStatus.FORBIDDEN, "admins-only", "Only admins may use this endpoint."))));
        return http.build();
    }

    private static boolean reading(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> ("ROLE_" + AppRoles.ADMIN).equals(a.getAuthority()));
    }

    private static boolean mayWrite(Authentication authentication) {
        return !(authentication instanceof AccessTokenAuthentication)
                || authentication.getAuthorities().stream()
                        .anyMatch(a -> TokenScope.WRITE_AUTHORITY.equals(a.getAuthority()));
    }

    private static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"factline\"");
        ApiProblems.write(response, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
    }
}
