package org.factline.article;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factline.base.ui.Broadcaster;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Once an import job's change is committed, the Imports page and that job's page update, at most
 * every {@link #EVERY}: a 200-item job moving fast becomes a few redraws a second, not 200.
 */
@Component
public class LiveImports {

    /** The Imports page listens here. */
    public static final String LIST_TOPIC = "import-jobs";

    static final Duration EVERY = Duration.ofMillis(400);

    public static String topic(long jobId) {
        return "import-job:" + jobId;
    }

    private final Broadcaster broadcaster;
    private final TaskScheduler scheduler;
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean flushPending = new AtomicBoolean();

    LiveImports(Broadcaster broadcaster, TaskScheduler scheduler) {
        this.broadcaster = broadcaster;
        this.scheduler = scheduler;
    }

    @ApplicationModuleListener
    void on(ImportJobChanged event) {
        changed.add(event.jobId());
        if (flushPending.compareAndSet(false, true)) {
            scheduler.schedule(this::flush, scheduler.getClock().instant().plus(EVERY));
        }
    }

    private void flush() {
        flushPending.set(false);
        var jobs = Set.copyOf(changed);
        changed.removeAll(jobs);
        for (long jobId : jobs) {
            broadcaster.publish(topic(jobId));
        }
        broadcaster.publish(LIST_TOPIC);
    }
}
