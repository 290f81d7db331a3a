package org.factline.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import javax.sql.DataSource;
import org.factline.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The filter chain: Vaadin's defaults (CSRF, request cache, navigation access control) plus a
 * throttled password login, database-backed remember-me and the session revocation check.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    /** BCrypt by default, and old hashes of any other algorithm still verify after an upgrade. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Remember-me tokens in the database, so they work on every node and can be revoked. */
    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        var repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }

    /**
     * The only password provider. Account status is checked after the password, so a wrong
     * password never reveals whether an account is disabled.
     */
    @Bean
    AuthenticationProvider throttledPasswordAuthentication(
            UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        dao.setPreAuthenticationChecks(user -> {});
        dao.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottlingAuthenticationProvider(dao, throttle);
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserDetailsService users,
            PersistentTokenRepository rememberMeTokens,
            SessionValidity sessionValidity,
            SecurityProperties properties)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/icons/**", "/favicon.ico")
                .permitAll());
        // The public verdict pages (publish module) and their stylesheet: read-only, no sign-in.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/published", "/published/**")
                .permitAll());
        // The REST API's description (springdoc) and its browsable UI; the API itself has its own chain.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll());
        // Their errors too: an unknown or failing public address gets the public notice page with
        // its status code (publish module), not a redirect to the sign-in.
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers(SecurityConfig::errorOfPublicPage).permitAll());
        // Browsers' reports of content the Content-Security-Policy blocked: sent without credentials
        // or CSRF token; CspReports only logs them (rate limited).
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, SecurityHeaders.REPORT_PATH)
                .permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityHeaders.REPORT_PATH));
        http.headers(SecurityHeaders.ui());
        // The login page must be known before Vaadin's configurer runs, or Spring generates its own.
        http.formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailureHandler()));
        http.rememberMe(remember -> remember.tokenRepository(rememberMeTokens)
                .userDetailsService(users)
                .key(rememberMeKey(properties))
                .tokenValiditySeconds((int) properties.rememberMeValidity().toSeconds()));
        http.addFilterAfter(new SessionRevocationFilter(sessionValidity), SecurityContextHolderFilter.class);
        // Anything that is no route of the person's (unknown, or not theirs) goes to Vaadin, which
        // shows its not-found page alike for both: Vaadin's default answers an empty 403 instead,
        // which browsers offer as a download and which tells existing admin pages from missing ones.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    static final int MIN_REMEMBER_ME_KEY = 16;

    /** The remember-me secret; a missing or short one stops the start ({@link RememberMeKeyAnalyzer}). */
    static String rememberMeKey(SecurityProperties properties) {
        String key = properties.rememberMeKey();
        if (key == null || key.isBlank()) {
            throw new RememberMeKeyRefused(false);
        }
        if (key.strip().length() < MIN_REMEMBER_ME_KEY) {
            throw new RememberMeKeyRefused(true);
        }
        return key;
    }

    /** The error dispatch (Spring Boot's {@code /error}) of a request for a public page. */
    static boolean errorOfPublicPage(HttpServletRequest request) {
        String published = request.getContextPath() + "/published";
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && (uri.equals(published) || uri.startsWith(published + "/"));
    }
}
