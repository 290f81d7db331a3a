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
 */
@Component
public class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final Clock clock;
    private final DatabaseHealth database;
    private final Duration after;
    private final int attempts;

    EventRedelivery(
            IncompleteEventPublications incomplete,
            Clock clock,
            @Value("${factline.events.redeliver-after:5m}") Duration after,
            @Value("${factline.events.redeliver-attempts:5}") int attempts,
            DatabaseHealth database) {
        this.database = database;
        this.incomplete = incomplete;
        this.clock = clock;
        this.after = after;
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${factline.events.redeliver-every:1m}", initialDelayString = "1m")
    void redeliver() {
        if (!database.reachable()) {
            return;
        }
        try {
            redeliverWaitingBefore(clock.instant().minus(after));
        } catch (RuntimeException e) {
            if (!database.handled(e)) {
                throw e;
            }
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
