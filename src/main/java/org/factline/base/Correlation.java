package org.factline.base;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The correlation id in every log line: one per HTTP request ({@link CorrelationFilter}) and one
 * per unit of background work (an import job item, a feed poll, a webhook delivery, a backup, a
 * retraining), kept in the logging context (MDC key {@value #KEY}) while it runs. Plain log lines
 * show it in brackets; JSON lines carry it as a field. It names no person and holds nothing secret:
 * a kind and random hex ({@code poll-3f9a0c1b2d4e}).
 */
public final class Correlation {

    /** The MDC key, and the field name in JSON log lines. */
    public static final String KEY = "correlationId";

    /** An id a caller may send ({@code X-Request-Id}) that we keep: short, and only safe characters. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private Correlation() {}

    /** A new id for work of this kind ({@code req}, {@code import}, {@code poll}…). */
    public static String newId(String kind) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return kind + "-" + HexFormat.of().formatHex(bytes);
    }

    /** The caller's id when it is one we keep, else a new one. */
    static String fromCaller(@Nullable String presented) {
        return presented != null && ACCEPTED.matcher(presented).matches() ? presented : newId("req");
    }

    /** The id of the work this thread is doing, if any. */
    public static @Nullable String current() {
        return MDC.get(KEY);
    }

    /** Runs {@code work} under a new id of this kind, then restores the thread's previous id. */
    public static void run(String kind, Runnable work) {
        call(kind, () -> {
            work.run();
            return null;
        });
    }

    /** As {@link #run}, with a result. */
    public static <T extends @Nullable Object> T call(String kind, Supplier<T> work) {
        return within(newId(kind), work);
    }

    /** As {@link #call}, for work that throws checked exceptions. */
    public static <T extends @Nullable Object> T callChecked(String kind, Callable<T> work) throws Exception {
        String previous = MDC.get(KEY);
        MDC.put(KEY, newId(kind));
        try {
            return work.call();
        } finally {
            restore(previous);
        }
    }

    /** Runs {@code work} under the given id (a task handed to another thread keeps its request's id). */
    public static <T extends @Nullable Object> T within(String id, Supplier<T> work) {
        String previous = MDC.get(KEY);
        MDC.put(KEY, id);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    /** {@code task} wrapped to run under the id current now (or a new one of this kind). */
    public static Runnable carried(String kind, Runnable task) {
        String id = current();
        String carried = id == null ? newId(kind) : id;
        return () -> within(carried, () -> {
            task.run();
            return null;
        });
    }

    private static void restore(@Nullable String previous) {
        if (previous == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, previous);
        }
    }
}
