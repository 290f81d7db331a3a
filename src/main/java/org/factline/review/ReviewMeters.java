package org.factline.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * {@value #VERDICTS}: editors' decisions on proposed verdicts, by outcome (approved, rejected,
 * reopened, more-work), counted once the decision has committed.
 */
@Component
class ReviewMeters {

    static final String VERDICTS = "factline.verdicts.decided";

    private final Map<VerdictDecided.Decision, Counter> byOutcome = new EnumMap<>(VerdictDecided.Decision.class);

    ReviewMeters(MeterRegistry registry) {
        for (VerdictDecided.Decision decision : VerdictDecided.Decision.values()) {
            byOutcome.put(
                    decision,
                    Counter.builder(VERDICTS)
                            .description("Editors' decisions on verdicts")
                            .tag(
                                    "outcome",
                                    decision.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .register(registry));
        }
    }

    @ApplicationModuleListener
    void on(VerdictDecided decided) {
        byOutcome.get(decided.decision()).increment();
    }
}
