package org.factline.publish.web;

import jakarta.servlet.http.HttpServletResponse;
import org.factline.publish.PublicSite;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/** What every public page's model holds (the site's name, its address, date formatting), and the notice pages. */
final class PublicPages {

    static final DisplayDates DATES = new DisplayDates();
    static final String NOTICE = "publish/unavailable";

    private PublicPages() {}

    static void common(Model model, PublicSite site, String pageUrl) {
        model.addAttribute("organization", site.organizationName());
        model.addAttribute("pageUrl", pageUrl);
        model.addAttribute("dates", DATES);
    }

    /** A short notice (not found, withdrawn, bad address, failure) with its status code. */
    static String notice(HttpServletResponse response, Model model, PublicSite site, Notice notice) {
        response.setStatus(notice.status().value());
        common(model, site, site.absolute("/published"));
        model.addAttribute("title", notice.title());
        model.addAttribute("message", notice.message());
        return NOTICE;
    }

    /** @param status the status to answer with (the notice's words fit a range of them) */
    static ModelAndView notice(PublicSite site, Notice notice, HttpStatusCode status) {
        var view = new ModelAndView(NOTICE, status);
        view.addObject("organization", site.organizationName());
        view.addObject("pageUrl", site.absolute("/published"));
        view.addObject("dates", DATES);
        view.addObject("title", notice.title());
        view.addObject("message", notice.message());
        return view;
    }

    /** The notices anonymous visitors may get: no detail of what went wrong inside. */
    enum Notice {
        NOT_FOUND(HttpStatus.NOT_FOUND, "No published verdict", "There is no published verdict at this address."),
        WITHDRAWN(
                HttpStatus.GONE,
                "Verdict withdrawn",
                "This verdict has been withdrawn while the claim is checked again. A new verdict, with the earlier"
                        + " one in its correction log, will appear here once an editor has decided."),
        BAD_REQUEST(
                HttpStatus.BAD_REQUEST,
                "Not a valid address",
                "This address isn't one of ours: check the number or the page in it, or start from the list of"
                        + " published verdicts."),
        FAILED(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong",
                "This page could not be shown just now. Please try again in a moment."),
        UNAVAILABLE(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Temporarily unavailable",
                "This page could not be shown just now. Please try again in a moment.");

        private final HttpStatus status;
        private final String title;
        private final String message;

        Notice(HttpStatus status, String title, String message) {
            this.status = status;
            this.title = title;
            this.message = message;
        }

        HttpStatus status() {
            return status;
        }

        String title() {
            return title;
        }

        String message() {
            return message;
        }

        /** The notice for an error status: client errors say the address is wrong, server errors ask to retry. */
        static Notice of(int status) {
            if (status == 404) {
                return NOT_FOUND;
            }
            if (status == 410) {
                return WITHDRAWN;
            }
            if (status == 503) {
                return UNAVAILABLE;
            }
            return status >= 500 ? FAILED : BAD_REQUEST;
        }
    }
}
