package org.factline.security;

import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The remember-me cookie gets the same SameSite=Lax as the session cookie
 * ({@code server.servlet.session.cookie.same-site}); Spring Security already makes it HttpOnly,
 * and Secure when the request arrived over HTTPS.
 */
@Configuration(proxyBeanMethods = false)
class SecurityCookies {

    @Bean
    CookieSameSiteSupplier rememberMeSameSite() {
        return CookieSameSiteSupplier.ofLax().whenHasName("remember-me");
    }
}
