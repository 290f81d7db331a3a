package org.factline.publish.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;
import org.factline.publish.PublicSite;
import org.factline.publish.PublicationStatus;
import org.factline.publish.PublishedFeed;
import org.factline.publish.PublishedVerdictDetail;
import org.factline.publish.PublishedVerdictPage;
import org.factline.publish.PublishedVerdicts;
import org.factline.publish.PublishingSettings;
import org.factline.publish.web.PublicPages.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public verdict pages: plain HTML from Thymeleaf templates (no Vaadin, no sign-in), light
 * enough for a phone and for search engines, with the ClaimReview JSON-LD embedded. Every page and
 * feed sends an ETag over everything it shows and the settings it was drawn with, and a
 * Last-Modified, and answers a conditional request for an unchanged page with 304.
 */
@Controller
@RequestMapping("/published")
class PublishedVerdictController {

    private final PublishedVerdicts verdicts;
    private final PublishingSettings settings;
    private final Clock clock;

    PublishedVerdictController(PublishedVerdicts verdicts, PublishingSettings settings, Clock clock) {
        this.verdicts = verdicts;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    @Nullable
    String index(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page,
            ServletWebRequest request,
            HttpServletResponse response,
            Model model) {
        PublicSite site = settings.current();
        PublishedVerdictPage result = verdicts.latest(q, page);
        String query = q == null ? "" : q.strip();
        if (notModified(request, response, etag(query, result, site), latest(result.changedAt(), site))) {
            return null;
        }
        PublicPages.common(model, site, site.absolute("/published"));
        model.addAttribute("q", query);
        model.addAttribute("result", result);
        model.addAttribute("previous", result.hasPrevious() ? indexLink(query, result.page() - 1) : null);
        model.addAttribute("next", result.hasNext() ? indexLink(query, result.page() + 1) : null);
        return "publish/index";
    }

    @GetMapping("/claims/{id}")
    @Nullable
    String claim(@PathVariable long id, ServletWebRequest request, HttpServletResponse response, Model model) {
        PublicSite site = settings.current();
        return switch (verdicts.find(id)) {
            case PublicationStatus.Published(PublishedVerdictDetail v) -> {
                if (notModified(request, response, etag(v, site), latest(v.changedAt(), site))) {
                    yield null;
                }
                String pageUrl = site.absolute("/published/claims/" + v.claimId());
                PublicPages.common(model, site, pageUrl);
                model.addAttribute("v", v);
                model.addAttribute("description", v.verdict().label() + ": " + v.summary());
                model.addAttribute("jsonLd", ClaimReviewJsonLd.of(v, pageUrl, site));
                yield "publish/claim";
            }
            case PublicationStatus.Withdrawn w -> PublicPages.notice(response, model, site, Notice.WITHDRAWN);
            case PublicationStatus.NeverPublished n -> PublicPages.notice(response, model, site, Notice.NOT_FOUND);
        };
    }

    /** The latest verdicts as Atom ({@code ?page=} for older ones). */
    @GetMapping(value = "/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    @ResponseBody
    @Nullable
    String atom(@RequestParam(defaultValue = "1") int page, ServletWebRequest request, HttpServletResponse response) {
        PublicSite site = settings.current();
        PublishedFeed feed = verdicts.feed(page);
        Instant updated = latest(feed.changedAt(), site);
        return notModified(request, response, etag(feed, site), updated)
                ? null
                : VerdictFeed.atom(feed.verdicts(), updated, site);
    }

    /** The latest verdicts' ClaimReviews as one JSON array, 20 a page ({@code ?page=}). */
    @GetMapping(value = "/claimreview.json", produces = "application/json")
    @ResponseBody
    @Nullable
    String claimReviews(
            @RequestParam(defaultValue = "1") int page, ServletWebRequest request, HttpServletResponse response) {
        PublicSite site = settings.current();
        PublishedFeed feed = verdicts.feed(page);
        if (feed.verdicts().size() == PublishedVerdicts.PAGE_SIZE) {
            response.setHeader(
                    "Link",
                    "<" + site.absolute("/published/claimreview.json?page=" + (Math.max(1, page) + 1))
                            + ">; rel=\"next\"");
        }
        return notModified(request, response, etag(feed, site), latest(feed.changedAt(), site))
                ? null
                : ClaimReviewJsonLd.array(feed.verdicts(), site);
    }

    /** Cache headers; true when the client's copy is current (the answer is a 304 without a body). */
    private static boolean notModified(
            ServletWebRequest request, HttpServletResponse response, String etag, Instant lastModified) {
        response.setHeader("Cache-Control", "public, no-cache");
        return request.checkNotModified(etag, lastModified.toEpochMilli());
    }

    /** The latest of a content change and a settings change (they change every page); now without either. */
    private Instant latest(@Nullable Instant content, PublicSite site) {
        return Stream.of(content, site.changedAt())
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElseGet(clock::instant);
    }

    private static String indexLink(String query, int page) {
        var link = UriComponentsBuilder.fromPath("/published");
        if (!query.isEmpty()) {
            link.queryParam("q", query);
        }
        return link.queryParam("page", page).encode().build().toUriString();
    }

    /** Changes with anything the page shows, the same on every node (no identity hash codes). */
    static String etag(PublishedVerdictDetail v, PublicSite site) {
        return "\"" + v.claimId() + "-" + v.changedAt().toEpochMilli() + "-" + digest(v + "|" + site) + "\"";
    }

    private static String etag(String query, PublishedVerdictPage page, PublicSite site) {
        return "\"i-" + digest(query + "|" + page + "|" + site) + "\"";
    }

    private static String etag(PublishedFeed feed, PublicSite site) {
        return "\"f-" + feed.verdicts().size() + "-" + digest(feed + "|" + site) + "\"";
    }

    private static String digest(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
