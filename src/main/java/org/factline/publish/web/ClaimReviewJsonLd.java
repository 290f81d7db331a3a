package org.factline.publish.web;

import java.util.Comparator;
import java.util.List;
import org.factline.claim.ClaimantKind;
import org.factline.publish.PublicSite;
import org.factline.publish.PublishedVerdictDetail;
import org.factline.publish.PublishedVerdictDetail.Appearance;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema.org ClaimReview of a verdict page, as JSON safe to embed in a {@code <script>}
 * element. Ratings follow the verdict scale (true 5 … false 1); an unverifiable verdict has no
 * numeric rating, only its name. The author is always the organisation (the approving editor,
 * when the settings name them, is visible text on the page only: the review is the
 * organisation's), and the public evidence items with a web address are its {@code citation}s.
 */
final class ClaimReviewJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaimReviewJsonLd() {}

    static String of(PublishedVerdictDetail v, String pageUrl, PublicSite site) {
        return scriptSafe(JSON.writeValueAsString(node(v, pageUrl, site)));
    }

    /** The ClaimReviews of several verdicts as one JSON array (the public JSON feed). */
    static String array(List<PublishedVerdictDetail> verdicts, PublicSite site) {
        var array = JSON.createArrayNode();
        verdicts.forEach(v -> array.add(node(v, site.absolute("/published/claims/" + v.claimId()), site)));
        return JSON.writeValueAsString(array);
    }

    private static ObjectNode node(PublishedVerdictDetail v, String pageUrl, PublicSite site) {
        ObjectNode review = JSON.createObjectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", pageUrl);
        review.put("claimReviewed", v.claim());
        review.set("reviewRating", rating(v));
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", site.organizationName());
        author.put("url", site.organizationUrl());
        review.put("datePublished", v.firstPublished().toString());
        review.put("dateModified", v.lastModified().toString());
        review.set("itemReviewed", claim(v));
        var cited = v.evidence().stream().filter(e -> e.url() != null).toList();
        if (!cited.isEmpty()) {
            var citations = review.putArray("citation");
            cited.forEach(e -> citations
                    .addObject()
                    .put("@type", "CreativeWork")
                    .put("name", e.name())
                    .put("url", e.url()));
        }
        return review;
    }

    private static ObjectNode rating(PublishedVerdictDetail v) {
        ObjectNode rating = JSON.createObjectNode();
        rating.put("@type", "Rating");
        rating.put("alternateName", v.verdict().label());
        Integer score = v.verdict().score();
        if (score != null) {
            rating.put("ratingValue", score);
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        }
        return rating;
    }

    private static ObjectNode claim(PublishedVerdictDetail v) {
        ObjectNode claim = JSON.createObjectNode();
        claim.put("@type", "Claim");
        if (v.claimant() != null) {
            ObjectNode author = claim.putObject("author");
            author.put("@type", v.claimantKind() == ClaimantKind.PERSON ? "Person" : "Organization");
            author.put("name", v.claimant());
            if (!v.claimantLinks().isEmpty()) {
                var sameAs = author.putArray("sameAs");
                v.claimantLinks().forEach(sameAs::add);
            }
        }
        if (v.claimDate() != null) {
            claim.put("datePublished", v.claimDate().toString());
        }
        List<Appearance> appearances = v.appearances();
        if (!appearances.isEmpty()) {
            var list = claim.putArray("appearance");
            appearances.forEach(a -> list.add(creativeWork(a)));
            claim.set("firstAppearance", creativeWork(first(appearances)));
        }
        return claim;
    }

    /** The earliest dated appearance; without dates, the first one recorded. */
    private static Appearance first(List<Appearance> appearances) {
        return appearances.stream()
                .filter(a -> a.publishedAt() != null)
                .min(Comparator.comparing(a -> a.publishedAt().toInstant()))
                .orElse(appearances.getFirst());
    }

    private static ObjectNode creativeWork(Appearance a) {
        ObjectNode work = JSON.createObjectNode();
        work.put("@type", "CreativeWork");
        if (a.url() != null) {
            work.put("url", a.url());
        }
        work.put("headline", a.headline());
        if (a.publisher() != null) {
            ObjectNode publisher = work.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", a.publisher());
        }
        if (a.publishedAt() != null) {
            work.put("datePublished", a.publishedAt().toString());
        }
        return work;
    }

    /**
     * JSON has {@code <}, {@code >} and {@code &} only inside strings, where the escapes mean the
     * same: so no text (a claim quoting {@code </script>}) can end the script element early.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
