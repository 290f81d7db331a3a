package org.factline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factline.article.domain.FeedRepository;
import org.factline.base.ClusterLock;
import org.factline.base.Correlation;
import org.factline.search.SearchIndexService;
import org.factline.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code factline.feeds.check-every} (a minute), polls the active feeds whose interval has
 * passed, as the system, oldest due first. Every node's scheduler fires; the {@link ClusterLock}
 * lets one of them do the round, the others skip it. No round while the search index is rebuilt
 * (as {@link ImportJobWorker}): new articles would be written alongside the mass indexer's.
 */
@Component
class FeedSchedule {

    static final String LOCK = "feed-polling";
    /** Feeds polled in one round at most; the rest are still due in the next. */
    static final int ROUND = 100;

    private static final Logger log = LoggerFactory.getLogger(FeedSchedule.class);

    private final FeedRepository feeds;
    private final FeedPoller poller;
    private final ClusterLock lock;
    private final SearchIndexService searchIndex;
    private final Clock clock;

    FeedSchedule(
            FeedRepository feeds, FeedPoller poller, ClusterLock lock, SearchIndexService searchIndex, Clock clock) {
        this.searchIndex = searchIndex;
        this.feeds = feeds;
        this.poller = poller;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${factline.feeds.check-every:1m}",
            initialDelayString = "${factline.feeds.check-every:1m}")
    void run() {
        round(clock.instant());
    }

    /**
     * One round on this node, unless another node (or thread) is doing one or the index is rebuilt.
     *
     * @return whether this node did the round
     */
    boolean round(Instant dueBy) {
        if (SystemAuthentication.runAsSystem(() -> searchIndex.progress().running())) {
            return false;
        }
        return lock.runExclusively(LOCK, ClusterLock.DEFAULT_LEASE, lease -> pollDue(dueBy, lease));
    }

    /**
     * Polls every active feed due by {@code dueBy} (tests pass a later time instead of waiting).
     *
     * @return what each poll did
     */
    List<FeedPollOutcome> pollDue(Instant dueBy, ClusterLock.Lease lease) {
        List<Long> due = feeds.findDue(dueBy, PageRequest.of(0, ROUND));
        var results = new ArrayList<FeedPollOutcome>();
        for (long id : due) {
            try {
                results.add(Correlation.call("poll", () -> SystemAuthentication.runAsSystem(() -> poller.poll(id))));
            } catch (RuntimeException e) {
                // One feed's bug must not stop the others; it is due again next round.
                log.warn("Feed {} could not be polled", id, e);
            }
            if (!lease.renew()) {
                log.warn("Feed polling: the cluster lock was lost; the rest waits for the next round");
                break;
            }
        }
        return results;
    }

    /** The ids of the feeds due by {@code dueBy}, oldest due first. */
    List<Long> due(Instant dueBy) {
        return feeds.findDue(dueBy, PageRequest.of(0, ROUND));
    }
}
