package org.factline.base.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import java.time.Duration;
import java.time.Instant;

/** "3 min ago", "in 2 h": a moment as people read it in a list. */
public final class RelativeTime {

    private RelativeTime() {}

    public static String between(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        boolean future = d.isNegative();
        if (d.abs().toSeconds() < 60) {
            return translate("time.just-now");
        }
        String amount = amount(d.abs());
        return future ? translate("time.in", amount) : translate("time.ago", amount);
    }

    private static String amount(Duration d) {
        if (d.toMinutes() < 60) {
            return translate("duration.minutes", d.toMinutes());
        }
        if (d.toHours() < 48) {
            return translate("duration.hours", d.toHours());
        }
        return translate("duration.days", d.toDays());
    }
}
