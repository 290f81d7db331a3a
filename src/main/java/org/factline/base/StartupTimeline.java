package org.factline.base;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start spends its time, for docs/benchmarks.md: with {@code FACTLINE_STARTUP_TIMELINE=true}
 * (or {@code -Dfactline.startup.timeline=true}) Spring records every startup step (bean creation,
 * configuration parsing, context refresh phases) and, once the application has started, the steps
 * that took longest by their own time (without the steps nested in them) are printed to stdout.
 */
public final class StartupTimeline {

    private static final int SHOWN = Integer.getInteger("factline.startup.timeline.top", 30);

    private StartupTimeline() {}

    public static boolean requested() {
        return Boolean.getBoolean("factline.startup.timeline")
                || "true".equalsIgnoreCase(System.getenv("FACTLINE_STARTUP_TIMELINE"));
    }

    /** @return the recorder now attached to the application */
    public static BufferingApplicationStartup record(SpringApplication application) {
        var startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        return startup;
    }

    public static String report(BufferingApplicationStartup startup) {
        List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Long> childNanos = new HashMap<>();
        for (TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childNanos.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        }
        var out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nStartup timeline: %d steps; longest by own time (ms own / ms total, step, tags)%n",
                events.size()));
        events.stream()
                .sorted(Comparator.comparingLong((TimelineEvent e) -> ownNanos(e, childNanos))
                        .reversed())
                .limit(SHOWN)
                .forEach(e -> out.append(String.format(
                        Locale.ROOT,
                        "%8d %8d  %s %s%n",
                        ownNanos(e, childNanos) / 1_000_000,
                        e.getDuration().toMillis(),
                        e.getStartupStep().getName(),
                        tags(e.getStartupStep()))));
        var byName = events.stream()
                .collect(Collectors.groupingBy(
                        e -> e.getStartupStep().getName(), Collectors.summingLong(e -> ownNanos(e, childNanos))));
        out.append("Own time per kind of step (ms):\n");
        byName.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(12)
                .forEach(
                        e -> out.append(String.format(Locale.ROOT, "%8d  %s%n", e.getValue() / 1_000_000, e.getKey())));
        return out.toString();
    }

    private static long ownNanos(TimelineEvent event, Map<Long, Long> childNanos) {
        return Math.max(
                0,
                event.getDuration().toNanos()
                        - childNanos.getOrDefault(event.getStartupStep().getId(), 0L));
    }

    private static String tags(StartupStep step) {
        return StreamSupport.stream(step.getTags().spliterator(), false)
                .map(t -> t.getKey() + "=" + t.getValue())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
