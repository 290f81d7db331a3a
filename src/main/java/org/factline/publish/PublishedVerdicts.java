package org.factline.publish;

import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factline.article.ArticleLink;
import org.factline.article.ArticleService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.PublicClaimDetail;
import org.factline.claim.VerifiedClaims;
import org.factline.note.EvidenceService;
import org.factline.note.PublicEvidence;
import org.factline.review.ReviewService;
import org.factline.review.VerdictSummary;
import org.factline.security.SystemAuthentication;
import org.factline.user.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door from the public web into Factline's data, read-only. Anyone may call it (the
 * verdict pages need no sign-in); it reads the claim, review, note, article and user modules as
 * the system, because their services are for the team, and lets only verified work out: the
 * claim, its approved verdicts, the evidence items an editor made public and the active articles
 * it appeared in — never proposals, votes, notes, private evidence, archived articles or who did
 * what (except the approving editor's name, when the publishing settings say so). A page of
 * verdicts loads in a fixed number of queries, however many it holds.
 */
@Service
@Transactional(readOnly = true)
public class PublishedVerdicts {

    public static final int PAGE_SIZE = 20;
    private static final int QUERY_MAX_LENGTH = 200;

    private final VerifiedClaims claims;
    private final ReviewService review;
    private final ArticleService articles;
    private final EvidenceService evidence;
    private final UserDirectory users;
    private final PublishingSettings settings;

    PublishedVerdicts(
            VerifiedClaims claims,
            ReviewService review,
            ArticleService articles,
            EvidenceService evidence,
            UserDirectory users,
            PublishingSettings settings) {
        this.claims = claims;
        this.review = review;
        this.articles = articles;
        this.evidence = evidence;
        this.users = users;
        this.settings = settings;
    }

    /** The public page of a claim, a withdrawal notice (reopened), or nothing (never verified). */
    @PermitAll
    public PublicationStatus find(long claimId) {
        return SystemAuthentication.runAsSystem(() -> statuses(claims.details(List.of(claimId))).stream()
                .findFirst()
                .orElseGet(PublicationStatus.NeverPublished::new));
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
                claims.find(text, current - 1, PAGE_SIZE),
                current,
                PAGE_SIZE,
                claims.count(text),
                claims.lastPublicationChange().orElse(null)));
    }

    /**
     * The full verdicts of one page of the index (newest approval first), for the feeds.
     *
     * @param page 1-based; below 1 reads as 1
     */
    @PermitAll
    public PublishedFeed feed(int page) {
        return SystemAuthentication.runAsSystem(() -> {
            List<PublishedVerdictDetail> verdicts =
                    statuses(claims.details(claims.findIds(Math.max(1, page) - 1, PAGE_SIZE))).stream()
                            .filter(s -> s instanceof PublicationStatus.Published)
                            .map(s -> ((PublicationStatus.Published) s).verdict())
                            .toList();
            Instant changed = Stream.concat(
                            claims.lastPublicationChange().stream(),
                            verdicts.stream().map(PublishedVerdictDetail::changedAt))
                    .max(Instant::compareTo)
                    .orElse(null);
            return new PublishedFeed(verdicts, changed);
        });
    }

    /** What the public may see of each claim, in the claims' order; every module read once. */
    private List<PublicationStatus> statuses(List<PublicClaimDetail> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(PublicClaimDetail::id).toList();
        Map<Long, List<VerdictSummary>> approved = review.approvedVerdicts(ids);
        List<Long> verified = found.stream()
                .filter(c -> c.status() == ClaimStatus.VERIFIED && approved.containsKey(c.id()))
                .map(PublicClaimDetail::id)
                .toList();
        Map<Long, List<PublicEvidence>> shown = evidence.publicEvidence(verified);
        Map<Long, Instant> evidenceChanged = evidence.publicEvidenceChanged(verified);
        Map<Long, ArticleLink> links = articles
                .activeLinks(found.stream()
                        .filter(c -> verified.contains(c.id()))
                        .flatMap(c -> c.articleIds().stream())
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(ArticleLink::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> editors = editorNames(verified, approved);
        var result = new ArrayList<PublicationStatus>();
        for (PublicClaimDetail claim : found) {
            List<VerdictSummary> decisions = approved.getOrDefault(claim.id(), List.of());
            if (decisions.isEmpty()) {
                result.add(new PublicationStatus.NeverPublished());
            } else if (claim.status() != ClaimStatus.VERIFIED) {
                result.add(new PublicationStatus.Withdrawn(claim.id()));
            } else {
                result.add(new PublicationStatus.Published(published(
                        claim,
                        decisions,
                        shown.getOrDefault(claim.id(), List.of()),
                        evidenceChanged.get(claim.id()),
                        claim.articleIds().stream()
                                .map(links::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        editors)));
            }
        }
        return result;
    }

    /** The approving editors' names, or none at all unless the settings say to show them. */
    private Map<String, String> editorNames(Collection<Long> verified, Map<Long, List<VerdictSummary>> approved) {
        if (!settings.current().showEditorName() || verified.isEmpty()) {
            return Map.of();
        }
        return users.displayNames(verified.stream()
                .map(id -> approved.get(id).getLast().approvedBy())
                .distinct()
                .toList());
    }

    private static PublishedVerdictDetail published(
            PublicClaimDetail claim,
            List<VerdictSummary> approved,
            List<PublicEvidence> shown,
            @Nullable Instant evidenceChanged,
            List<ArticleLink> appearances,
            Map<String, String> editors) {
        VerdictSummary current = approved.getLast();
        List<PublishedVerdictDetail.Correction> corrections =
                approved.subList(0, approved.size() - 1).reversed().stream()
                        .map(v -> new PublishedVerdictDetail.Correction(
                                v.label(), v.summary(), v.approvedAt(), v.reason()))
                        .toList();
        Instant changed = Stream.of(current.approvedAt(), claim.claimantChangedAt(), evidenceChanged)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElseThrow();
        return new PublishedVerdictDetail(
                claim.id(),
                claim.text(),
                claim.claimant(),
                claim.claimantKind(),
                claim.claimantLinks(),
                claim.claimDate(),
                current.label(),
                current.summary(),
                editors.get(current.approvedBy()),
                approved.getFirst().approvedAt(),
                current.approvedAt(),
                changed,
                shown,
                appearances.stream().map(PublishedVerdicts::appearance).toList(),
                corrections);
    }

    private static PublishedVerdictDetail.Appearance appearance(ArticleLink a) {
        return new PublishedVerdictDetail.Appearance(a.title(), a.publisher(), a.publishedAt(), a.url());
    }

    private static String cut(String s) {
        return s.length() > QUERY_MAX_LENGTH ? s.substring(0, QUERY_MAX_LENGTH) : s;
    }
}
