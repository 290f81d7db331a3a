package org.factline.claim;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factline.base.domain.ContainsText;
import org.factline.base.domain.InIdOrder;
import org.factline.claim.domain.Appearance;
import org.factline.claim.domain.AppearanceRepository;
import org.factline.claim.domain.Claim;
import org.factline.claim.domain.ClaimRepository;
import org.factline.claim.domain.Claimant;
import org.factline.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims as the public verdict pages read them: verified claims newest approval first, and one
 * claim without team data. Secured like the rest of the module; the publish module reads it as the
 * system and decides itself what anonymous visitors see. Lists load in a fixed number of queries
 * whatever their length (claimants and their links in batches).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.FACT_CHECKER)
public class VerifiedClaims {

    private final ClaimRepository claims;
    private final AppearanceRepository appearances;

    VerifiedClaims(ClaimRepository claims, AppearanceRepository appearances) {
        this.claims = claims;
        this.appearances = appearances;
    }

    /** Verified claims whose text contains {@code text} (any case), newest approval first. */
    public List<VerifiedClaimSummary> find(@Nullable String text, int page, int size) {
        return page(text, page, size).stream().map(VerifiedClaims::summary).toList();
    }

    /** The ids of one page of {@link #find}, for {@link #details}. */
    public List<Long> findIds(int page, int size) {
        return page(null, page, size).stream().map(Claim::getId).toList();
    }

    public long count(@Nullable String text) {
        return claims.count(verified(text));
    }

    /**
     * The latest moment a verdict was approved or taken off its page (reopened): when the public
     * lists last changed, as far as claims go. Empty before the first approval.
     */
    public Optional<Instant> lastPublicationChange() {
        var times = claims.lastVerifiedAndWithdrawn();
        return Stream.of(times.verifiedAt(), times.withdrawnAt())
                .filter(t -> t != null)
                .max(Instant::compareTo);
    }

    public Optional<PublicClaimDetail> detail(long id) {
        return details(List.of(id)).stream().findFirst();
    }

    /** The claims of {@code ids} that exist, in that order. */
    public List<PublicClaimDetail> details(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> articles = appearances.findByClaimIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(
                        Appearance::getClaimId, Collectors.mapping(Appearance::getArticleId, Collectors.toList())));
        return InIdOrder.load(ids, claims::findAllById).stream()
                .map(c -> detail(c, articles.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    private static PublicClaimDetail detail(Claim c, List<Long> articleIds) {
        Claimant claimant = c.getClaimant();
        return new PublicClaimDetail(
                c.getId(),
                c.getText(),
                claimant == null ? null : claimant.getName(),
                claimant == null ? null : claimant.getKind(),
                claimant == null ? List.of() : claimant.getLinks(),
                claimant == null ? null : claimant.getUpdatedAt(),
                c.getClaimDate(),
                c.getStatus(),
                c.getVerdict(),
                c.getVerifiedAt(),
                articleIds.stream().distinct().toList());
    }

    /** One page without counting all matches (the lists count once, separately). */
    private List<Claim> page(@Nullable String text, int page, int size) {
        var request = PageRequest.of(Math.max(0, page), Math.max(1, size), NEWEST_FIRST);
        return claims.findBy(verified(text), q -> q.slice(request)).getContent();
    }

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("verifiedAt"), Sort.Order.desc("id"));

    private static Specification<Claim> verified(@Nullable String text) {
        return (root, query, cb) -> {
            var isVerified =
                    cb.and(cb.equal(root.get("status"), ClaimStatus.VERIFIED), cb.isNotNull(root.get("verifiedAt")));
            if (text == null || text.isBlank()) {
                return isVerified;
            }
            return cb.and(isVerified, ContainsText.matches(cb, root.get("text"), ContainsText.pattern(text.strip())));
        };
    }

    private static VerifiedClaimSummary summary(Claim c) {
        return new VerifiedClaimSummary(
                c.getId(),
                c.getText(),
                c.getClaimant() == null ? null : c.getClaimant().getName(),
                c.getClaimDate(),
                c.getVerdict(),
                c.getVerifiedAt());
    }
}
