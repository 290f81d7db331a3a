package org.factline.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details: their {@code type} URIs, and writing them outside Spring MVC (by the
 * security filters: 401 and 403 before a controller is reached). Inside MVC,
 * {@link ApiExceptionHandler} answers; a controller with a problem of its own throws an
 * {@link org.springframework.web.ErrorResponseException} carrying {@link #problem}.
 */
public final class ApiProblems {

    /** Problem types are documented in docs/api.md under these anchors. */
    static final String TYPE_BASE = "https://factline.org/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {}

    public static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        return problem;
    }

    /** Seconds a client waits before trying again while the database is unreachable. */
    static final int RETRY_AFTER_OUTAGE = 10;

    /** 503, sent with {@code Retry-After: }{@value #RETRY_AFTER_OUTAGE}. */
    static ProblemDetail databaseUnavailable() {
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "database-unavailable",
                "The database can't be reached just now; nothing was changed. Try again in " + RETRY_AFTER_OUTAGE
                        + " s.");
        problem.setTitle("Database unavailable");
        return problem;
    }

    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        JSON.writeValue(response.getOutputStream(), body);
    }
}
