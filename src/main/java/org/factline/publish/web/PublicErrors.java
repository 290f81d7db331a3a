package org.factline.publish.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.factline.base.DatabaseHealth;
import org.factline.publish.PublicSite;
import org.factline.publish.web.PublicPages.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Errors on the public pages end as a public notice with the right status code: a bad address
 * ({@code /published/claims/abc}, {@code ?page=x}) is a 400, an unreachable database a 503 with
 * Retry-After (logged once per outage, by {@link DatabaseHealth}), anything else that fails a 500, and
 * never the team's error page behind the sign-in or a stack trace. Errors outside these handlers
 * (unknown paths under {@code /published}) reach {@link PublicErrorViews}.
 */
@ControllerAdvice(assignableTypes = PublishedVerdictController.class)
class PublicErrors {

    private static final Logger log = LoggerFactory.getLogger(PublicErrors.class);

    /** Seconds a visitor's browser (or a crawler) waits before asking again during a database outage. */
    static final int RETRY_AFTER_OUTAGE = 30;

    private final ErrorPageSite sites;
    private final DatabaseHealth database;

    PublicErrors(ErrorPageSite sites, DatabaseHealth database) {
        this.sites = sites;
        this.database = database;
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class})
    String badAddress(HttpServletRequest request, HttpServletResponse response, Model model) {
        asHtml(request);
        return PublicPages.notice(response, model, sites.current(), Notice.BAD_REQUEST);
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        asHtml(request);
        // Before the site's settings are read: they need the database too.
        boolean outage = database.handled(e);
        PublicSite site = sites.current();
        if (outage) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_OUTAGE));
            return PublicPages.notice(response, model, site, Notice.UNAVAILABLE);
        }
        if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            String view = PublicPages.notice(
                    response, model, site, Notice.of(known.getStatusCode().value()));
            response.setStatus(known.getStatusCode().value());
            return view;
        }
        log.error("A public page failed", e);
        return PublicPages.notice(response, model, site, Notice.FAILED);
    }

    /** A notice is a web page, also at a feed's address (whose {@code produces} says Atom or JSON). */
    private static void asHtml(HttpServletRequest request) {
        request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
    }
}
