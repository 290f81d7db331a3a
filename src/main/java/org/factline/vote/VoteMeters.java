package org.factline.vote;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.factline.claim.Verdict;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@value #VOTES}: votes stored (a first vote or a changed one), by verdict, counted once the vote
 * has committed.
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

    @TransactionalEventListener
    void on(VoteCast vote) {
        byVerdict.get(vote.verdict()).increment();
    }
}
