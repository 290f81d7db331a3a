package org.factline.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events between modules whose listener failed (a notification the database
 * refused, a timeline flag that lost a race with an editor's save), so such work arrives late
 * instead of waiting for the next restart: every minute, each publication that has waited longer
 * than {@code factline.events.redeliver-after} since it was published or last tried, at most
 * {@code factline.events.redeliver-attempts} times. Publications still on their way are younger
 * than that and left alone.
 *
 * <p>On several nodes one of them does each round ({@link ClusterLock}): every node's scheduler
 * fires, the others skip. It also takes over what Spring Modulith would do at a restart
 * ({@code republish-outstanding-events-on-restart} is off): a node that starts would otherwise
 * hand every incomplete publication to its listeners again, also those another node is delivering
 * right now. The first round after the start delivers the ones a crash left, once they have
 * waited their {@code redeliver-after}.
 */
@Component
public class EventRedelivery {

    static final String LOCK = "event-redelivery";
    /** A round hands the publications to the listeners' executor and returns: seconds, not minutes. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final Clock clock;
    private final DatabaseHealth database;
    private final ClusterLock lock;
    private final Duration after;
    private final int attempts;

    EventRedelivery(
            IncompleteEventPublications incomplete,
            Clock clock,
            @Value("${factline.events.redeliver-after:5m}") Duration after,
            @Value("${factline.events.redeliver-attempts:5}") int attempts,
            DatabaseHealth database,
            ClusterLock lock) {
        this.database = database;
        this.lock = lock;
        this.incomplete = incomplete;
        this.clock = clock;
        this.after = after;
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${factline.events.redeliver-every:1m}", initialDelayString = "1m")
    void redeliver() {
        Correlation.run("redeliver", this::round);
    }

    /**
     * One round on this node, unless another node (or thread) is doing one.
     *
     * @return whether this node did the round
     */
    boolean round() {
        if (!database.reachable()) {
            return false;
        }
        try {
            return lock.runExclusively(
                    LOCK, LEASE, lease -> redeliverWaitingBefore(clock.instant().minus(after)));
        } catch (RuntimeException e) {
            if (!database.handled(e)) {
                throw e;
            }
            return false;
        }
    }

    /** @return how many publications were handed to their listeners again */
    public int redeliverWaitingBefore(Instant cutoff) {
        int[] count = {0};
        incomplete.resubmitIncompletePublications(p -> {
            boolean due = waitingSince(p).isBefore(cutoff) && p.getCompletionAttempts() < attempts;
            if (due) {
                count[0]++;
            }
            return due;
        });
        if (count[0] > 0) {
            log.info("Delivering {} event publication(s) again whose listener failed earlier", count[0]);
        }
        return count[0];
    }

    private static Instant waitingSince(EventPublication p) {
        Instant last = p.getLastResubmissionDate();
        return last != null && last.isAfter(p.getPublicationDate()) ? last : p.getPublicationDate();
    }
}
