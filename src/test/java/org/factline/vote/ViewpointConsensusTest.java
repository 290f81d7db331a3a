package org.factline.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.factline.AbstractIntegrationTest;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ViewpointConsensusTest extends AbstractIntegrationTest {

    @Autowired
    ViewpointConsensus consensus;

    @Autowired
    VoteService votes;

    @Autowired
    ClaimService claims;

    private long claim(String marker, String text) {
        return claims.create(new NewClaim(marker + " " + text, null, null, Set.of()))
                .id();
    }

    @Test
    void advice_tells_agreement_across_perspectives_from_a_split_and_from_one_sided_support() {
        String marker = marker("vp");
        List<String> one = List.of(
                user("vp-ana", Role.FACT_CHECKER),
                user("vp-ben", Role.FACT_CHECKER),
                user("vp-cai", Role.FACT_CHECKER));
        List<String> two = List.of(
                user("vp-dan", Role.FACT_CHECKER),
                user("vp-eve", Role.FACT_CHECKER),
                user("vp-fay", Role.FACT_CHECKER));
        signIn(one.getFirst());
        long[] partisan = {
            claim(marker, "tariffs paid for the chip fabs"),
            claim(marker, "the export rules cost ten thousand jobs"),
            claim(marker, "the subsidy law was written by lobbyists")
        };
        long[] reverse = {claim(marker, "the ban made chips cheaper"), claim(marker, "open weights leak secrets")};
        long agreed = claim(marker, "the model was trained on 100 GPUs only");
        long oneSided = claim(marker, "the lab doubled its staff");

        for (String u : one) {
            signIn(u);
            for (long c : partisan) {
                votes.castVote(c, Verdict.TRUE, null);
            }
            for (long c : reverse) {
                votes.castVote(c, Verdict.FALSE, null);
            }
            votes.castVote(agreed, Verdict.FALSE, null);
            votes.castVote(oneSided, Verdict.TRUE, null);
        }
        for (String u : two) {
            signIn(u);
            for (long c : partisan) {
                votes.castVote(c, Verdict.FALSE, null);
            }
            for (long c : reverse) {
                votes.castVote(c, Verdict.MOSTLY_TRUE, null);
            }
            votes.castVote(agreed, Verdict.MOSTLY_FALSE, null);
        }
        consensus.refitNow();

        ViewpointAdvice across = consensus.advice(agreed);
        assertThat(across.outcome()).isEqualTo(ViewpointAdvice.Outcome.AGREED_ACROSS);
        assertThat(across.groupA().voters() + across.groupB().voters()).isEqualTo(6);
        assertThat(across.bridgedScore()).isLessThan(2.5);

        ViewpointAdvice split = consensus.advice(partisan[0]);
        assertThat(split.outcome()).isEqualTo(ViewpointAdvice.Outcome.DIVIDED);
        assertThat(split.polarisation()).isGreaterThan(across.polarisation());

        // three of three say "true", but all from one side: no cross-perspective agreement yet
        VoteTally tally = votes.tally(oneSided);
        assertThat(tally.agreement()).isEqualTo(1.0);
        ViewpointAdvice lopsided = consensus.advice(oneSided);
        assertThat(lopsided.outcome()).isEqualTo(ViewpointAdvice.Outcome.UNKNOWN);
        assertThat(Math.min(lopsided.groupA().voters(), lopsided.groupB().voters()))
                .isZero();
    }

    @Test
    void only_team_members_get_advice() {
        signIn(user("vp-admin-only", Role.ADMIN));
        assertThatThrownBy(() -> consensus.advice(1)).isInstanceOf(AccessDeniedException.class);
    }
}
