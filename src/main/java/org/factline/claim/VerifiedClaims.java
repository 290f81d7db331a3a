package org.factline.claim;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factline.base.domain.ContainsText;
import org.factline.claim.domain.Appearance;
import org.factline.claim.domain.AppearanceRepository;
import org.factline.claim.domain.Claim;
import org.factline.claim.domain.ClaimRepository;
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
 * system and decides itself what anonymous visitors see.
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
        var order = Sort.by(Sort.Order.desc("verifiedAt"), Sort.Order.desc("id"));
        return claims.findAll(verified(text), PageRequest.of(Math.max(0, page), Math.max(1, size), order)).stream()
                .map(VerifiedClaims::summary)
                .toList();
    }

    public long count(@Nullable String text) {
        return claims.count(verified(text));
    }

    public Optional<PublicClaimDetail> detail(long id) {
        return claims.findById(id)
                .map(c -> new PublicClaimDetail(
                        c.getId(),
                        c.getText(),
                        c.getClaimant() == null ? null : c.getClaimant().getName(),
                        c.getClaimant() == null
                                ? null
                                : c.getClaimant().getKind().name().toLowerCase(Locale.ROOT),
                        c.getClaimDate(),
                        c.getStatus(),
                        c.getVerdict(),
                        c.getVerifiedAt(),
                        appearances.findByClaimIdOrderById(id).stream()
                                .map(Appearance::getArticleId)
                                .distinct()
                                .toList()));
    }

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
