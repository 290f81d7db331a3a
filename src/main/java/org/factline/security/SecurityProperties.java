package org.factline.security;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code factline.security.*}).
 *
 * @param maxFailuresPerAccount failed logins for one username within {@code failureWindow} before
 *     that account is locked for {@code lockout}
 * @param maxFailuresPerAddress the same, counted per client IP address
 * @param rememberMeKey secret for remember-me tokens ({@code FACTLINE_SECURITY_REMEMBER_ME_KEY}): required,
 *     at least {@value SecurityConfig#MIN_REMEMBER_ME_KEY} characters; only the demo and test profiles
 *     set a placeholder
 * @param passwordMaxAge passwords older than this must be changed at next login; zero = never
 */
@ConfigurationProperties("factline.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("14d") Duration rememberMeValidity,
        @Nullable String rememberMeKey,
        @DefaultValue("0d") Duration passwordMaxAge) {}
