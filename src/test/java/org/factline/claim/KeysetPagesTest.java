package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.base.domain.KeysetPages;
import org.factline.claim.domain.Claim;
import org.factline.claim.domain.ClaimRow;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.vote.VoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keyset paging in pages of two, through ties of vote count and dispersion and claims without a
 * dispersion: every order reads the list's rows exactly once, in the list's order.
 */
class KeysetPagesTest extends AbstractIntegrationTest {

    @Autowired
    EntityManager entityManager;

    @Autowired
    ClaimService claims;

    @Autowired
    VoteService votes;

    @Test
    void pages_of_two_give_the_lists_order_for_every_claims_order() {
        String me = user("keyset-checker", Role.FACT_CHECKER);
        signIn(me);
        String tag = unique("keyset");
        var made = new ArrayList<Long>();
        for (int i = 0; i < 9; i++) {
            made.add(claims.create(new NewClaim("Keyset claim " + i + " " + tag, null, null, Set.of(tag)))
                    .id());
        }
        // two pairs tie on dispersion and count, two claims have a count but no dispersion, three no votes
        vote(made.get(0), Verdict.TRUE, Verdict.FALSE);
        vote(made.get(1), Verdict.TRUE, Verdict.FALSE);
        vote(made.get(2), Verdict.MIXED, Verdict.MOSTLY_TRUE);
        vote(made.get(3), Verdict.MIXED, Verdict.MOSTLY_TRUE);
        vote(made.get(4), Verdict.TRUE);
        vote(made.get(5), Verdict.TRUE, Verdict.UNVERIFIABLE);
        vote(made.get(6), Verdict.TRUE, Verdict.TRUE, Verdict.FALSE);
        var filter = new ClaimFilter(null, null, tag, null);

        for (ClaimOrder order : ClaimOrder.values()) {
            var pages = new KeysetPages<>(
                    entityManager,
                    Claim.class,
                    ClaimRow.class,
                    ClaimExport::select,
                    ClaimListQuery.matching(filter, me),
                    order.sort(),
                    ClaimExport.SORTABLE,
                    ClaimOrder.NEWEST.sort());
            var read = new ArrayList<Long>();
            var sizes = new ArrayList<Integer>();
            pages.forEach(2, page -> {
                sizes.add(page.size());
                page.forEach(r -> read.add(r.id()));
            });
            List<Long> listed = claims.find(filter, 0, 100, order.sort()).stream()
                    .map(ClaimSummary::id)
                    .toList();
            assertThat(read).as(order.name()).containsExactlyElementsOf(listed);
            assertThat(sizes).as(order.name()).containsExactly(2, 2, 2, 2, 1);
        }
    }

    private void vote(long claimId, Verdict... verdicts) {
        for (int i = 0; i < verdicts.length; i++) {
            Verdict verdict = verdicts[i];
            SystemAuthentication.runAs("keyset-voter-" + i, () -> votes.castVote(claimId, verdict, null));
        }
    }
}
