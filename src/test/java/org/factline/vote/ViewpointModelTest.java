package org.factline.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked example of docs/consensus.md. */
class ViewpointModelTest {

    static final List<String> SIDE_ONE = List.of("ana", "ben", "cai");
    static final List<String> SIDE_TWO = List.of("dan", "eve", "fay");

    /**
     * Claims 1–4 split the team the same way every time (side one says true where side two says
     * false, and the other way round); claim 5 is judged false by everyone; claim 6 is voted true
     * by side one only; claim 7 splits like the first four.
     */
    static List<ViewpointModel.Rating> example() {
        var r = new ArrayList<ViewpointModel.Rating>();
        Map<Long, int[]> scores = Map.of(
                1L, new int[] {5, 5, 4, 1, 2, 1},
                2L, new int[] {4, 5, 5, 1, 1, 2},
                3L, new int[] {1, 2, 1, 5, 4, 5},
                4L, new int[] {2, 1, 1, 4, 5, 5},
                5L, new int[] {1, 2, 1, 1, 1, 2},
                6L, new int[] {5, 5, 5, 0, 0, 0},
                7L, new int[] {5, 4, 5, 1, 1, 1});
        var users = new ArrayList<String>(SIDE_ONE);
        users.addAll(SIDE_TWO);
        scores.forEach((claim, s) -> {
            for (int i = 0; i < users.size(); i++) {
                if (s[i] > 0) {
                    r.add(new ViewpointModel.Rating(users.get(i), claim, ViewpointModel.centred(s[i])));
                }
            }
        });
        return r;
    }

    @Test
    void the_worked_example_separates_perspectives_and_finds_the_claim_everyone_agrees_on() {
        var fit = ViewpointModel.fit(example());
        double sign = Math.signum(fit.userFactor().get("ana"));
        for (String u : SIDE_ONE) {
            assertThat(Math.signum(fit.userFactor().get(u))).isEqualTo(sign);
            assertThat(Math.abs(fit.userFactor().get(u))).isGreaterThan(ViewpointConsensus.SIDE_THRESHOLD);
        }
        for (String u : SIDE_TWO) {
            assertThat(Math.signum(fit.userFactor().get(u))).isEqualTo(-sign);
            assertThat(Math.abs(fit.userFactor().get(u))).isGreaterThan(ViewpointConsensus.SIDE_THRESHOLD);
        }
        // claim 5: false across perspectives: a clearly negative bias, little polarisation
        double bridged5 = 3 + 2 * (fit.mean() + fit.claimBias().get(5L));
        assertThat(bridged5).isLessThan(2.2);
        assertThat(Math.abs(fit.claimFactor().get(5L)))
                .isLessThan(Math.abs(fit.claimFactor().get(1L)) / 3);
        // the partisan claims are explained by the perspective axis, not by their bias
        for (long c : new long[] {1, 2, 3, 4, 7}) {
            assertThat(3 + 2 * (fit.mean() + fit.claimBias().get(c))).isBetween(2.3, 3.7);
            assertThat(Math.abs(fit.claimFactor().get(c))).isGreaterThan(0.5);
        }
        // claim 6: unanimous among its voters, but they are all on one side: its bias stays modest
        double bridged6 = 3 + 2 * (fit.mean() + fit.claimBias().get(6L));
        assertThat(bridged6).isLessThan(4.2);
        assertThat(bridged5).isLessThan(3 - (bridged6 - 3));
        // the fit explains the votes well
        double error = example().stream()
                .mapToDouble(r -> Math.pow(r.value() - fit.predict(r.user(), r.claim()), 2))
                .average()
                .orElseThrow();
        assertThat(Math.sqrt(error)).isLessThan(0.25);
        print(fit);
    }

    @Test
    void the_same_votes_always_give_the_same_fit() {
        assertThat(ViewpointModel.fit(example())).isEqualTo(ViewpointModel.fit(example()));
    }

    @Test
    void advice_outcomes() {
        var agreeFalse =
                ViewpointConsensus.outcome(new ViewpointAdvice.Group(3, 1.3), new ViewpointAdvice.Group(3, 1.7));
        var divided = ViewpointConsensus.outcome(new ViewpointAdvice.Group(3, 4.7), new ViewpointAdvice.Group(3, 1.0));
        var oneSided =
                ViewpointConsensus.outcome(new ViewpointAdvice.Group(3, 5.0), new ViewpointAdvice.Group(0, null));
        var unclear = ViewpointConsensus.outcome(new ViewpointAdvice.Group(2, 3.0), new ViewpointAdvice.Group(2, 3.5));
        assertThat(agreeFalse).isEqualTo(ViewpointAdvice.Outcome.AGREED_ACROSS);
        assertThat(divided).isEqualTo(ViewpointAdvice.Outcome.DIVIDED);
        assertThat(oneSided).isEqualTo(ViewpointAdvice.Outcome.UNKNOWN);
        assertThat(unclear).isEqualTo(ViewpointAdvice.Outcome.UNKNOWN);
    }

    private static void print(ViewpointModel.Fit fit) {
        System.out.printf("mu %.3f%n", fit.mean());
        fit.userFactor().keySet().stream()
                .sorted()
                .forEach(u -> System.out.printf(
                        "user %s bias %+.3f factor %+.3f%n",
                        u, fit.userBias().get(u), fit.userFactor().get(u)));
        fit.claimBias().keySet().stream()
                .sorted()
                .forEach(c -> System.out.printf(
                        "claim %d bias %+.3f factor %+.3f bridged %.2f%n",
                        c,
                        fit.claimBias().get(c),
                        fit.claimFactor().get(c),
                        3 + 2 * (fit.mean() + fit.claimBias().get(c))));
    }
}
