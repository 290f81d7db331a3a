package org.factline.publish.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.factline.publish.PublicSiteProperties;
import org.factline.publish.PublicationStatus;
import org.factline.publish.PublishedVerdictDetail;
import org.factline.publish.PublishedVerdictPage;
import org.factline.publish.PublishedVerdicts;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public verdict pages: plain HTML from Thymeleaf templates (no Vaadin, no sign-in), light
 * enough for a phone and for search engines, with the ClaimReview JSON-LD embedded.
 */
@Controller
@RequestMapping("/published")
@EnableConfigurationProperties(PublicSiteProperties.class)
class PublishedVerdictController {

    private static final DisplayDates DATES = new DisplayDates();

    private final PublishedVerdicts verdicts;
    private final PublicSiteProperties site;
    private final Clock clock;

    PublishedVerdictController(PublishedVerdicts verdicts, PublicSiteProperties site, Clock clock) {
        this.verdicts = verdicts;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping
    String index(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        PublishedVerdictPage result = verdicts.latest(q, page);
        String query = q == null ? "" : q.strip();
        common(model, site.absolute("/published"));
        model.addAttribute("q", query);
        model.addAttribute("result", result);
        model.addAttribute("previous", result.hasPrevious() ? indexLink(query, result.page() - 1) : null);
        model.addAttribute("next", result.hasNext() ? indexLink(query, result.page() + 1) : null);
        return "publish/index";
    }

    @GetMapping("/claims/{id}")
    @Nullable
    String claim(@PathVariable long id, ServletWebRequest request, HttpServletResponse response, Model model) {
        return switch (verdicts.find(id)) {
            case PublicationStatus.Published(PublishedVerdictDetail v) -> {
                response.setHeader("Cache-Control", "public, no-cache");
                if (request.checkNotModified(etag(v), v.lastModified().toEpochMilli())) {
                    yield null;
                }
                String pageUrl = site.absolute("/published/claims/" + v.claimId());
                common(model, pageUrl);
                model.addAttribute("v", v);
                model.addAttribute("description", v.verdict().label() + ": " + v.summary());
                model.addAttribute("jsonLd", ClaimReviewJsonLd.of(v, pageUrl, site));
                yield "publish/claim";
            }
            case PublicationStatus.Withdrawn w ->
                unavailable(
                        response,
                        model,
                        HttpStatus.GONE,
                        "Verdict withdrawn",
                        "This verdict has been withdrawn while the claim is checked again. A new verdict,"
                                + " with the earlier one in its correction log, will appear here once an editor"
                                + " has decided.");
            case PublicationStatus.NeverPublished n ->
                unavailable(
                        response,
                        model,
                        HttpStatus.NOT_FOUND,
                        "No published verdict",
                        "There is no published verdict at this address.");
        };
    }

    /** The latest verdicts as Atom ({@code ?page=} for older ones). */
    @GetMapping(value = "/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    @ResponseBody
    @Nullable
    String atom(@RequestParam(defaultValue = "1") int page, ServletWebRequest request, HttpServletResponse response) {
        List<PublishedVerdictDetail> latest = verdicts.feed(page);
        Instant updated = newest(latest);
        return fresh(latest, updated, request, response) ? VerdictFeed.atom(latest, updated, site) : null;
    }

    /** The latest verdicts' ClaimReviews as one JSON array, 20 a page ({@code ?page=}). */
    @GetMapping(value = "/claimreview.json", produces = "application/json")
    @ResponseBody
    @Nullable
    String claimReviews(
            @RequestParam(defaultValue = "1") int page, ServletWebRequest request, HttpServletResponse response) {
        List<PublishedVerdictDetail> latest = verdicts.feed(page);
        if (latest.size() == PublishedVerdicts.PAGE_SIZE) {
            response.setHeader(
                    "Link",
                    "<" + site.absolute("/published/claimreview.json?page=" + (Math.max(1, page) + 1))
                            + ">; rel=\"next\"");
        }
        return fresh(latest, newest(latest), request, response) ? ClaimReviewJsonLd.array(latest, site) : null;
    }

    private Instant newest(List<PublishedVerdictDetail> latest) {
        return latest.stream()
                .map(PublishedVerdictDetail::lastModified)
                .max(Comparator.naturalOrder())
                .orElse(clock.instant());
    }

    /** Cache headers for a feed; false when the client's copy is current (304, no body). */
    private static boolean fresh(
            List<PublishedVerdictDetail> latest,
            Instant updated,
            ServletWebRequest request,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "public, no-cache");
        String etag = "\""
                + Integer.toHexString(latest.stream()
                        .map(PublishedVerdictController::etag)
                        .toList()
                        .hashCode()) + "-" + latest.size() + "\"";
        return !request.checkNotModified(etag, updated.toEpochMilli());
    }

    /** {@code /published/claims/abc}: no such page, rather than the team's error page behind the sign-in. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String notAnId(HttpServletResponse response, Model model) {
        return unavailable(
                response,
                model,
                HttpStatus.NOT_FOUND,
                "No published verdict",
                "There is no published verdict at this address.");
    }

    private String unavailable(
            HttpServletResponse response, Model model, HttpStatus status, String title, String message) {
        response.setStatus(status.value());
        common(model, site.absolute("/published"));
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "publish/unavailable";
    }

    private void common(Model model, String pageUrl) {
        model.addAttribute("organization", site.organizationName());
        model.addAttribute("pageUrl", pageUrl);
        model.addAttribute("dates", DATES);
    }

    private static String indexLink(String query, int page) {
        var link = UriComponentsBuilder.fromPath("/published");
        if (!query.isEmpty()) {
            link.queryParam("q", query);
        }
        return link.queryParam("page", page).encode().build().toUriString();
    }

    /** Changes with anything the page shows, the same on every node (no identity hash codes). */
    static String etag(PublishedVerdictDetail v) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(v.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + v.claimId() + "-" + v.lastModified().toEpochMilli() + "-"
                    + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
