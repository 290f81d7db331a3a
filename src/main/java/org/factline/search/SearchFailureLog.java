package org.factline.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hibernate Search's background failure handler on the cluster profile ({@code
 * hibernate.search.background_failure_handler=bean:searchFailureLog}). An engine that can't be
 * reached makes every indexing attempt fail, a few times a second per waiting change; Hibernate
 * Search's default handler logs each with its stack trace. Here an outage is one WARN when it starts
 * and one INFO when {@link SearchOutboxRetry} finds the engine answering again; attempts in between
 * go to DEBUG, and so do the "retries exhausted" notes of changes set aside (they are queued again)
 * and the refusals of changes tried before {@link RemoteIndexSchema} has created the indexes.
 * Any other failure is logged as an ERROR with its stack trace, as by default.
 */
@Component("searchFailureLog")
class SearchFailureLog implements FailureHandler {

    /** Hibernate Search's code for a change set aside after its retries (outbox polling). */
    static final String RETRIES_EXHAUSTED = "HSEARCH850003";

    private static final Logger log = LoggerFactory.getLogger(SearchFailureLog.class);

    // Shared by every instance: Hibernate Search may make its own rather than take Spring's bean.
    /** When the outage began (System.nanoTime), or 0 while the engine answers. */
    private static final AtomicLong outageSince = new AtomicLong();

    private static volatile BooleanSupplier indexesReady = () -> true;
    private static volatile BooleanSupplier indexesJustCreated = () -> false;
    private static volatile Runnable indexesMissing = () -> {};

    /**
     * Set by {@link RemoteIndexSchema}: until its indexes are in place, a change the engine refuses
     * is expected (its index isn't there yet) and tells that the engine answers again.
     */
    void watch(BooleanSupplier ready, BooleanSupplier justCreated, Runnable engineAnswersWithoutIndexes) {
        indexesReady = ready;
        indexesJustCreated = justCreated;
        indexesMissing = engineAnswersWithoutIndexes;
    }

    @Override
    public void handle(FailureContext context) {
        handle(context.throwable(), context.toString());
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        handle(context.throwable(), context.toString());
    }

    private void handle(Throwable failure, String what) {
        if (RemoteIndexSchema.unreachable(failure)) {
            if (outageSince.compareAndSet(0, System.nanoTime())) {
                log.warn(
                        "The search engine doesn't answer ({}); changes wait in the outbox and are indexed when it"
                                + " is back",
                        RemoteIndexSchema.reason(failure));
            } else {
                log.debug("Search engine still unreachable: {}", what);
            }
        } else if (!indexesReady.getAsBoolean()
                || indexesJustCreated.getAsBoolean()
                        && String.valueOf(failure.getMessage()).contains("index_not_found_exception")) {
            // Before the indexes exist, or the late answer to a request sent just before.
            log.debug("The search indexes are not in place yet: {}", what);
            indexesMissing.run();
        } else if (outageSince.get() != 0
                && String.valueOf(failure.getMessage()).contains(RETRIES_EXHAUSTED)) {
            log.debug("Set aside until the search engine is back: {}", what);
        } else {
            log.error("Search indexing failed: {}", what, failure);
        }
    }

    /** Whether an outage was seen and not yet over. */
    boolean inOutage() {
        return outageSince.get() != 0;
    }

    /** The engine answers again: the outage is over (one INFO). */
    void engineAnswers() {
        long since = outageSince.getAndSet(0);
        if (since != 0) {
            log.info(
                    "The search engine answers again (away for about {} s); the changes that waited are being"
                            + " indexed",
                    Duration.ofNanos(System.nanoTime() - since).toSeconds());
        }
    }
}
