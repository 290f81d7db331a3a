package org.factline.base.ui;

import java.time.Duration;
import java.time.Instant;

/** "3 min ago", "in 2 h": a moment as people read it in a list. */
public final class RelativeTime {

    private RelativeTime() {}

    public static String between(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        boolean future = d.isNegative();
        String amount = amount(d.abs());
        if (amount.equals("now")) {
            return "just now";
        }
        return future ? "in " + amount : amount + " ago";
    }

    private static String amount(Duration d) {
        if (d.toSeconds() < 60) {
            return "now";
        }
        if (d.toMinutes() < 60) {
            return d.toMinutes() + " min";
        }
        if (d.toHours() < 48) {
            return d.toHours() + " h";
        }
        return d.toDays() + " d";
    }
}
