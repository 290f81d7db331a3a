package org.factline.claim;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.factline.base.domain.ContainsText;
import org.factline.claim.domain.Appearance;
import org.factline.claim.domain.Claim;
import org.factline.claim.domain.ClaimVoter;
import org.springframework.data.jpa.domain.Specification;

/** The claims list's filters as one SQL query, so they stay fast however many claims there are. */
final class ClaimListQuery {

    /** Claims that still take votes. */
    static final Set<ClaimStatus> OPEN = EnumSet.of(ClaimStatus.NEW, ClaimStatus.IN_REVIEW, ClaimStatus.PROPOSED);

    private ClaimListQuery() {}

    /** @param me the signed-in person, for "assigned to me" and "needs my vote" */
    static Specification<Claim> matching(ClaimFilter f, String me) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (f.text() != null && !f.text().isBlank()) {
                String like = ContainsText.pattern(f.text().strip());
                var claimant = root.join("claimant", JoinType.LEFT);
                where.add(cb.or(
                        ContainsText.matches(cb, root.get("text"), like),
                        ContainsText.matches(cb, claimant.get("name"), like)));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.tag() != null && !f.tag().isBlank()) {
                where.add(cb.isMember(f.tag().strip().toLowerCase(Locale.ROOT), root.get("tags")));
            }
            if (f.articleId() != null) {
                Subquery<Long> in = query.subquery(Long.class);
                var appearance = in.from(Appearance.class);
                in.select(appearance.get("claimId")).where(cb.equal(appearance.get("articleId"), f.articleId()));
                where.add(root.get("id").in(in));
            }
            if (f.assignee() != null) {
                where.add(
                        switch (f.assignee().kind()) {
                            case ME -> cb.equal(root.get("assignee"), me);
                            case NOBODY -> cb.isNull(root.get("assignee"));
                            case PERSON ->
                                cb.equal(root.get("assignee"), f.assignee().username());
                        });
            }
            if (f.needsMyVote()) {
                where.add(root.get("status").in(OPEN));
                Subquery<Integer> mine = query.subquery(Integer.class);
                var voter = mine.from(ClaimVoter.class);
                mine.select(cb.literal(1))
                        .where(cb.equal(voter.get("claimId"), root.get("id")), cb.equal(voter.get("username"), me));
                where.add(cb.not(cb.exists(mine)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
