package org.factline.api;

import org.factline.base.DatabaseHealth;
import org.factline.security.AccessTokenAuthenticator;
import org.factline.security.SecurityHeaders;
import org.factline.security.TokenScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * The API's own filter chain, ahead of the UI's: stateless, no session, no CSRF (no cookies are
 * read), bearer tokens only. Reads need a token; anything else needs a {@code read-write} token.
 * What the owner may do is then decided by the services' own role checks, as in the UI.
 */
@Configuration
@EnableConfigurationProperties(ApiProperties.class)
class ApiSecurityConfig {

    static final String API_PATHS = "/api/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            AccessTokenAuthenticator tokens,
            DatabaseHealth database,
            ObjectProvider<SecurityContextHolderStrategy> contextStrategy)
            throws Exception {
        var bearer = new AuthenticationFilter(
                new ProviderManager(new AccessTokenAuthenticationProvider(tokens)), new BearerTokenConverter());
        // The same context strategy as the filters HttpSecurity builds (Vaadin registers its own).
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

        http.securityMatcher(API_PATHS)
                .headers(SecurityHeaders.data())
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(bearer, AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, API_PATHS)
                        .hasAuthority(TokenScope.READ_AUTHORITY)
                        .requestMatchers(HttpMethod.HEAD, API_PATHS)
                        .hasAuthority(TokenScope.READ_AUTHORITY)
                        .anyRequest()
                        .hasAuthority(TokenScope.WRITE_AUTHORITY))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> unauthorized(
                                response, "Send a personal access token: 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, e) -> ApiProblems.write(
                                response,
                                ApiProblems.problem(
                                        HttpStatus.FORBIDDEN,
                                        "read-only-token",
                                        "This token is read-only (scope 'read'): create a 'read-write' token to"
                                                + " make changes."))));
        return http.build();
    }

    private static void unauthorized(jakarta.servlet.http.HttpServletResponse response, String detail)
            throws java.io.IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"factline\"");
        ApiProblems.write(response, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
    }
}
