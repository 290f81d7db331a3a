package org.factline.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The browser-facing response headers (docs/operations.md, "Security headers"). Spring Security's
 * defaults stay: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, no caching
 * of signed-in pages, and HSTS on requests that arrived over HTTPS (directly, or through a proxy
 * that says so when {@code server.forward-headers-strategy=native}). Added here: a
 * Content-Security-Policy, a Referrer-Policy and a Permissions-Policy.
 */
public final class SecurityHeaders {

    /** Where browsers send the reports of blocked content ({@link CspReports}). */
    public static final String REPORT_PATH = "/csp-reports";

    /**
     * The app's policy. Vaadin Flow 25.2 needs {@code 'unsafe-inline'} (its bootstrap script) and
     * {@code 'unsafe-eval'} (the client runs {@code executeJs} expressions as functions) for
     * scripts, and inline styles; everything else comes from this origin only, and no page may be
     * framed.
     */
    public static final String APP_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'; report-uri " + REPORT_PATH;

    /** The public verdict pages (publish module) run no script and no inline style at all. */
    public static final String PUBLIC_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'; report-uri " + REPORT_PATH;

    /** JSON answers (REST API, operator endpoints) load nothing. */
    public static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Powerful browser features no page of Factline uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {}

    /** The UI chain's headers: the public pages' policy under /published, the app's elsewhere. */
    static Customizer<HeadersConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>>
            ui() {
        RequestMatcher published = SecurityHeaders::publicPage;
        RequestMatcher app = request -> !publicPage(request);
        return headers -> common(headers)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        published, new ContentSecurityPolicyHeaderWriter(PUBLIC_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        app, new ContentSecurityPolicyHeaderWriter(APP_POLICY)));
    }

    /** The API's and operator endpoints' headers. */
    public static Customizer<
                    HeadersConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>>
            data() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(DATA_POLICY));
    }

    private static <H extends org.springframework.security.config.annotation.web.HttpSecurityBuilder<H>>
            HeadersConfigurer<H> common(HeadersConfigurer<H> headers) {
        return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    private static boolean publicPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/published") || path.startsWith("/published/") || SecurityConfig.errorOfPublicPage(request);
    }
}
