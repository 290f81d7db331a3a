package org.factline.publish.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.factline.publish.web.PublicPages.Notice;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error page for an address under {@code /published} that no public handler
 * answered (an unknown path, a missing stylesheet, a failure outside the controller): the public
 * notice page with the error's status, which anonymous visitors may see (SecurityConfig lets
 * errors of public addresses through). Every other address keeps Boot's conventions ({@code
 * templates/error/404.html} and the like).
 */
@Component
class PublicErrorViews implements ErrorViewResolver {

    private final ErrorPageSite sites;
    private final ErrorViewResolver conventions;

    PublicErrorViews(ErrorPageSite sites, ApplicationContext context) {
        this.sites = sites;
        // Declaring a resolver replaces Boot's own; it still answers for the team's addresses.
        this.conventions = new DefaultErrorViewResolver(context, new WebProperties.Resources());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (!isPublic(request)) {
            return conventions.resolveErrorView(request, status, model);
        }
        return PublicPages.notice(sites.current(), Notice.of(status.value()), status);
    }

    static boolean isPublic(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && (uri.equals(request.getContextPath() + "/published")
                        || uri.startsWith(request.getContextPath() + "/published/"));
    }
}
