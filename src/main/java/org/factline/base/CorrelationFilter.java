package org.factline.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request its correlation id ({@link Correlation}) before anything else runs, the
 * security filters included, and names it in the {@value #HEADER} response header, so a person
 * reporting a problem can quote it and an operator finds every log line of that request. A
 * balancer's {@value #HEADER} (8–64 letters, digits, {@code . _ -}) is kept, so the same id runs
 * through the balancer's log and ours.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = Correlation.fromCaller(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        String previous = Correlation.current();
        MDC.put(Correlation.KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(Correlation.KEY);
            } else {
                MDC.put(Correlation.KEY, previous);
            }
        }
    }
}
