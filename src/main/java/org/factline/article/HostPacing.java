package org.factline.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Politeness towards the sites imported from: no two fetches to one host closer together than
 * {@code delay}, on this node. Each fetch reserves the host's next free moment; the fetcher waits
 * for it.
 */
final class HostPacing {

    private final Duration delay;
    private final Clock clock;
    private final Map<String, Instant> nextFree = new HashMap<>();

    HostPacing(Duration delay, Clock clock) {
        this.delay = delay;
        this.clock = clock;
    }

    /** How long a fetch from this host would have to wait if it were reserved now. */
    synchronized Duration waitFor(String host) {
        Instant free = nextFree.get(host);
        Instant now = clock.instant();
        return free == null || !free.isAfter(now) ? Duration.ZERO : Duration.between(now, free);
    }

    /** Reserves the host's next free moment and returns how long until then. */
    synchronized Duration reserve(String host) {
        Instant now = clock.instant();
        Instant free = nextFree.getOrDefault(host, now);
        Instant slot = free.isAfter(now) ? free : now;
        nextFree.put(host, slot.plus(delay));
        if (nextFree.size() > 1000) {
            nextFree.values().removeIf(t -> !t.isAfter(now)); // hosts nobody is waiting for
        }
        return Duration.between(now, slot);
    }
}
