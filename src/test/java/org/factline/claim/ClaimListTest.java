package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.vote.VoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The claims list's vote-based filter and orders, on claims tagged with a marker of their own. */
class ClaimListTest extends AbstractIntegrationTest {

    @Autowired
    ClaimService claims;

    @Autowired
    VoteService votes;

    @Autowired
    ReviewService review;

    String tag;
    long unvoted;
    long agreed;
    long split;
    long oneScored;
    long close;

    @BeforeEach
    void claimsWithVotes() {
        signIn(user("list-checker", Role.FACT_CHECKER));
        tag = unique("list");
        // created in this order: newest last
        unvoted = claim("nobody voted");
        agreed = claim("three agree");
        split = claim("true against false");
        oneScored = claim("one scored, one unverifiable");
        close = claim("mixed against mostly true");
        vote(agreed, "list-a", Verdict.TRUE);
        vote(agreed, "list-b", Verdict.TRUE);
        vote(agreed, "list-c", Verdict.TRUE);
        vote(split, "list-a", Verdict.TRUE);
        vote(split, "list-b", Verdict.FALSE);
        vote(oneScored, "list-a", Verdict.TRUE);
        vote(oneScored, "list-b", Verdict.UNVERIFIABLE);
        vote(close, "list-a", Verdict.MIXED);
        vote(close, "list-b", Verdict.MOSTLY_TRUE);
    }

    @Test
    void the_claim_row_keeps_vote_count_and_dispersion_of_two_or_more_scored_votes() {
        assertThat(claims.get(unvoted).summary().voteCount()).isZero();
        assertThat(claims.get(unvoted).summary().voteDispersion()).isNull();
        assertThat(claims.get(agreed).summary().voteDispersion()).isZero();
        assertThat(claims.get(split).summary().voteDispersion()).isCloseTo(2.0, within(1e-9));
        assertThat(claims.get(oneScored).summary().voteCount()).isEqualTo(2);
        assertThat(claims.get(oneScored).summary().voteDispersion()).isNull();

        vote(split, "list-b", Verdict.MOSTLY_TRUE); // a changed vote is recounted, not added
        assertThat(claims.get(split).summary().voteCount()).isEqualTo(2);
        assertThat(claims.get(split).summary().voteDispersion()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void newest_first_by_default() {
        assertThat(list(ClaimOrder.NEWEST, false)).containsExactly(close, oneScored, split, agreed, unvoted);
    }

    @Test
    void most_votes_first_with_ties_newest_first_and_unvoted_claims_last() {
        assertThat(list(ClaimOrder.MOST_VOTES, false)).containsExactly(agreed, close, oneScored, split, unvoted);
    }

    @Test
    void most_disputed_first_and_claims_without_two_scored_votes_last_by_votes_then_newest() {
        assertThat(list(ClaimOrder.MOST_DISPUTED, false)).containsExactly(split, close, agreed, oneScored, unvoted);
    }

    @Test
    void needs_my_vote_lists_open_claims_i_have_not_voted_on() {
        // list-c voted only on "three agree"; "nobody voted" gets decided and leaves the list
        long version = claims.get(unvoted).summary().version();
        review.propose(unvoted, version, Verdict.FALSE, "Nothing supports it.");
        signIn(user("list-editor", Role.EDITOR));
        review.reject(unvoted, claims.get(unvoted).summary().version(), "Find the source first.");

        List<Long> mine = SystemAuthentication.runAs("list-c", () -> list(ClaimOrder.NEWEST, true));
        assertThat(mine).containsExactly(close, oneScored, split);
        assertThat(SystemAuthentication.runAs("list-c", () -> claims.count(filter(true))))
                .isEqualTo(3);
        assertThat(SystemAuthentication.runAs("list-a", () -> list(ClaimOrder.NEWEST, true)))
                .isEmpty();
    }

    private List<Long> list(ClaimOrder order, boolean needsMyVote) {
        return claims.find(filter(needsMyVote), 0, 50, order.sort()).stream()
                .map(ClaimSummary::id)
                .toList();
    }

    private ClaimFilter filter(boolean needsMyVote) {
        return new ClaimFilter(null, null, tag, null).withNeedsMyVote(needsMyVote);
    }

    private long claim(String text) {
        return claims.create(new NewClaim(text + " " + tag, null, null, Set.of(tag)))
                .id();
    }

    private void vote(long claimId, String who, Verdict verdict) {
        SystemAuthentication.runAs(who, () -> votes.castVote(claimId, verdict, null));
    }
}
