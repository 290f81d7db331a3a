package org.factline.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.factline.security.AccessTokenAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A token bucket per access token (Bucket4j): {@code factline.api.rate-limit-requests} per
 * {@code rate-limit-period}, refilled whole at the end of each period. Every answer carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset}; a spent bucket answers 429 with
 * {@code Retry-After}. Buckets live in this node's memory: with several nodes each allows the
 * limit.
 */
@Component
class ApiRateLimiter implements HandlerInterceptor {

    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final ApiProperties properties;

    ApiRateLimiter(ApiProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof AccessTokenAuthentication token)) {
            return true;
        }
        Bucket bucket = buckets.computeIfAbsent(token.tokenId(), id -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        response.setHeader("RateLimit-Limit", String.valueOf(properties.rateLimitRequests()));
        response.setHeader("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            long retryAfter = seconds(probe.getNanosToWaitForRefill());
            response.setHeader("RateLimit-Reset", String.valueOf(retryAfter));
            throw new RateLimitExceededException(retryAfter);
        }
        response.setHeader("RateLimit-Reset", String.valueOf(seconds(probe.getNanosToWaitForReset())));
        return true;
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(properties.rateLimitRequests())
                        .refillIntervally(properties.rateLimitRequests(), properties.rateLimitPeriod())
                        .build())
                .build();
    }
}
