package org.factline.vote;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.factline.claim.Verdict;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * {@value #VOTES}: votes stored (a first vote or a changed one), by verdict, counted once the vote
 * has committed (a listener of the vote module's own event, as every after-commit listener is).
 */
@Component
class VoteMeters {

    static final String VOTES = "factline.votes.cast";

    private final Map<Verdict, Counter> byVerdict = new EnumMap<>(Verdict.class);

    VoteMeters(MeterRegistry registry) {
        for (Verdict verdict : Verdict.values()) {
            byVerdict.put(
                    verdict,
                    Counter.builder(VOTES)
                            .description("Votes stored (first votes and changed votes)")
                            .tag(
                                    "verdict",
                                    verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .register(registry));
        }
    }

    @ApplicationModuleListener
    void on(VoteCast vote) {
        byVerdict.get(vote.verdict()).increment();
    }
}
