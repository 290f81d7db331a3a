package org.factline.publish;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factline.article.ArticleLink;
import org.factline.article.ArticleService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.PublicClaimDetail;
import org.factline.claim.VerifiedClaims;
import org.factline.review.ReviewService;
import org.factline.review.VerdictSummary;
import org.factline.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door from the public web into Factline's data, read-only. Anyone may call it (the
 * verdict pages need no sign-in); it reads the claim, review and article modules as the system,
 * because their services are for the team, and lets only verified work out: the claim, its
 * approved verdicts and the active articles it appeared in — never proposals, votes, notes,
 * archived articles or who did what.
 */
@Service
@Transactional(readOnly = true)
public class PublishedVerdicts {

    public static final int PAGE_SIZE = 20;
    private static final int QUERY_MAX_LENGTH = 200;

    private final VerifiedClaims claims;
    private final ReviewService review;
    private final ArticleService articles;

    PublishedVerdicts(VerifiedClaims claims, ReviewService review, ArticleService articles) {
        this.claims = claims;
        this.review = review;
        this.articles = articles;
    }

    /** The public page of a claim, a withdrawal notice (reopened), or nothing (never verified). */
    @PermitAll
    public PublicationStatus find(long claimId) {
        return SystemAuthentication.runAsSystem(
                () -> claims.detail(claimId).map(this::status).orElseGet(PublicationStatus.NeverPublished::new));
    }

    /**
     * Verified claims, newest approval first, whose text contains {@code query} (any case).
     *
     * @param page 1-based; below 1 reads as 1
     */
    @PermitAll
    public PublishedVerdictPage latest(@Nullable String query, int page) {
        String text = query == null || query.isBlank() ? null : cut(query.strip());
        int current = Math.max(1, page);
        return SystemAuthentication.runAsSystem(() -> new PublishedVerdictPage(
                claims.find(text, current - 1, PAGE_SIZE), current, PAGE_SIZE, claims.count(text)));
    }

    /**
     * The full verdicts of one page of the index (newest approval first), for the feeds.
     *
     * @param page 1-based; below 1 reads as 1
     */
    @PermitAll
    public List<PublishedVerdictDetail> feed(int page) {
        return SystemAuthentication.runAsSystem(() -> claims.find(null, Math.max(1, page) - 1, PAGE_SIZE).stream()
                .map(c -> claims.detail(c.id()).map(this::status).orElse(null))
                .filter(s -> s instanceof PublicationStatus.Published)
                .map(s -> ((PublicationStatus.Published) s).verdict())
                .toList());
    }

    private PublicationStatus status(PublicClaimDetail claim) {
        List<VerdictSummary> approved = review.approvedVerdicts(claim.id());
        if (approved.isEmpty()) {
            return new PublicationStatus.NeverPublished();
        }
        if (claim.status() != ClaimStatus.VERIFIED) {
            return new PublicationStatus.Withdrawn(claim.id());
        }
        VerdictSummary current = approved.getLast();
        List<PublishedVerdictDetail.Correction> corrections =
                approved.subList(0, approved.size() - 1).reversed().stream()
                        .map(v -> new PublishedVerdictDetail.Correction(
                                v.label(), v.summary(), v.approvedAt(), v.reason()))
                        .toList();
        List<PublishedVerdictDetail.Appearance> appearances = articles.activeLinks(claim.articleIds()).stream()
                .map(PublishedVerdicts::appearance)
                .toList();
        return new PublicationStatus.Published(new PublishedVerdictDetail(
                claim.id(),
                claim.text(),
                claim.claimant(),
                claim.claimantKind(),
                claim.claimDate(),
                current.label(),
                current.summary(),
                approved.getFirst().approvedAt(),
                current.approvedAt(),
                appearances,
                corrections));
    }

    private static PublishedVerdictDetail.Appearance appearance(ArticleLink a) {
        return new PublishedVerdictDetail.Appearance(a.title(), a.publisher(), a.publishedAt(), a.url());
    }

    private static String cut(String s) {
        return s.length() > QUERY_MAX_LENGTH ? s.substring(0, QUERY_MAX_LENGTH) : s;
    }
}
