package org.factline.api;

import java.util.List;
import java.util.Map;
import org.factline.base.ConcurrentEditException;
import org.factline.base.DatabaseHealth;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem ({@code application/problem+json}): Spring MVC's own
 * (400 unreadable body or bad parameter, 404 no such path, 405, 406, 413, 415) through the base
 * class, and the services' refusals: 400 with field errors, 403, 404, 409 on a stale version,
 * 429, and 503 with Retry-After while the database can't be reached (logged once per outage by
 * {@link DatabaseHealth}). Unexpected failures are logged and answered with a 500 that reveals
 * nothing.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final DatabaseHealth database;

    ApiExceptionHandler(DatabaseHealth database) {
        this.database = database;
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid", e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field", e.field() == null ? "" : e.field(), "message", String.valueOf(e.getMessage()))));
        return problem;
    }

    @ExceptionHandler(ItemNotFoundException.class)
    ProblemDetail notFound(ItemNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail stale(ConcurrentEditException e) {
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.CONFLICT,
                "stale-version",
                "Someone else changed this in the meantime: GET it again for the new ETag, review the change"
                        + " and send yours with that ETag in If-Match.");
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ApiProblems.problem(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Your account's roles don't allow this (the same rules as in the app).");
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> tooMany(RateLimitExceededException e) {
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "This token made too many requests. Try again in " + e.retryAfterSeconds() + " s.");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    /** The cluster profile's search engine is away: searches only; everything else works. */
    @ExceptionHandler(org.factline.search.SearchUnavailableException.class)
    ResponseEntity<ProblemDetail> searchUnavailable(org.factline.search.SearchUnavailableException e) {
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "search-unavailable",
                "The search engine can't be reached just now; changes are kept and indexed once it is back. Try"
                        + " again in " + ApiProblems.RETRY_AFTER_OUTAGE + " s.");
        problem.setTitle("Search unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ApiProblems.RETRY_AFTER_OUTAGE))
                .body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid", String.valueOf(e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (database.handled(e)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(ApiProblems.RETRY_AFTER_OUTAGE))
                    .body(ApiProblems.databaseUnavailable());
        }
        log.error("API request failed", e);
        return ResponseEntity.internalServerError()
                .body(ApiProblems.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal",
                        "Something went wrong on our side. Nothing was changed; try again, and tell an admin if it"
                                + " keeps happening."));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid", "Some fields are invalid.");
        problem.setTitle("Invalid request");
        problem.setProperty(
                "errors",
                e.getBindingResult().getFieldErrors().stream()
                        .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(java.net.URI.create(ApiProblems.TYPE_BASE + "http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
