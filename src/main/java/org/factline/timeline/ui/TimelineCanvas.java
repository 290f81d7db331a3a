package org.factline.timeline.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.factline.timeline.CategoryDetail;
import org.factline.timeline.EventDetail;
import org.factline.timeline.EventStatus;
import org.factline.timeline.Side;

/**
 * The visual timeline, drawn on the server: a horizontal time axis, one lane per category or per
 * side, events placed by date (spans as bars), packed into rows so they never overlap, coloured by
 * category, with verified and draft marks. Plain positioned elements: no client library needed.
 */
class TimelineCanvas extends Div {

    enum Zoom {
        YEARS("Years", 0.55),
        MONTHS("Months", 5.0);

        final String label;
        final double pxPerDay;

        Zoom(String label, double pxPerDay) {
            this.label = label;
            this.pxPerDay = pxPerDay;
        }
    }

    enum Lanes {
        CATEGORY("By category"),
        SIDE("By country");

        final String label;

        Lanes(String label) {
            this.label = label;
        }
    }

    static final int CARD_WIDTH = 190;
    static final int ROW_HEIGHT = 52;
    static final int LANE_PADDING = 10;
    static final int AXIS_HEIGHT = 34;
    /** Room for the lane's name above its first row, so cards never cover it. */
    static final int LABEL_HEIGHT = 18;

    private final Div canvas = new Div();

    TimelineCanvas() {
        addClassName("tl-scroller");
        canvas.addClassName("tl-canvas");
        add(canvas);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", translate("timeline.visual"));
        getElement().setAttribute("tabindex", "0");
    }

    void show(List<EventDetail> events, List<CategoryDetail> categories, Zoom zoom, Lanes lanes) {
        canvas.removeAll();
        if (events.isEmpty()) {
            canvas.getStyle().set("width", "100%").set("height", "0");
            return;
        }
        LocalDate first = events.stream()
                .map(EventDetail::startDate)
                .min(LocalDate::compareTo)
                .orElseThrow()
                .withDayOfYear(1);
        LocalDate last = events.stream()
                .map(EventDetail::lastDay)
                .max(LocalDate::compareTo)
                .orElseThrow()
                .plusYears(1)
                .withDayOfYear(1);
        double scale = zoom.pxPerDay;
        int width = (int) Math.ceil(ChronoUnit.DAYS.between(first, last) * scale) + CARD_WIDTH;
        Function<LocalDate, Integer> x = d -> (int) Math.round(ChronoUnit.DAYS.between(first, d) * scale);

        axis(first, last, zoom, x);
        int top = AXIS_HEIGHT;
        for (var lane : lanes(events, categories, lanes).entrySet()) {
            int rows = placeLane(lane.getValue(), x, top + LABEL_HEIGHT + LANE_PADDING, scale);
            int height = LABEL_HEIGHT + rows * ROW_HEIGHT + 2 * LANE_PADDING;
            var band = new Div();
            band.addClassName("tl-lane");
            band.getStyle().set("top", top + "px").set("height", height + "px");
            var label = new Span(lane.getKey());
            label.addClassName("tl-lane-label");
            band.add(label);
            canvas.addComponentAsFirst(band);
            top += height;
        }
        canvas.getStyle().set("width", width + "px").set("height", top + "px");
    }

    private void axis(LocalDate first, LocalDate last, Zoom zoom, Function<LocalDate, Integer> x) {
        for (LocalDate d = first; d.isBefore(last); d = zoom == Zoom.YEARS ? d.plusYears(1) : d.plusMonths(1)) {
            var tick = new Div();
            boolean year = d.getDayOfYear() == 1;
            tick.addClassNames("tl-tick", year ? "tl-tick-year" : "tl-tick-month");
            tick.getStyle().set("left", x.apply(d) + "px");
            String text =
                    year ? String.valueOf(d.getYear()) : d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            tick.add(new Span(text));
            canvas.add(tick);
        }
    }

    private static Map<String, List<EventDetail>> lanes(
            List<EventDetail> events, List<CategoryDetail> categories, Lanes lanes) {
        Map<String, List<EventDetail>> result = new LinkedHashMap<>();
        if (lanes == Lanes.CATEGORY) {
            for (CategoryDetail c : categories) {
                var inLane =
                        events.stream().filter(e -> e.category().id() == c.id()).toList();
                if (!inLane.isEmpty()) {
                    result.put(c.name(), inLane);
                }
            }
        } else {
            for (Side side : Side.values()) {
                var inLane = events.stream().filter(e -> e.side() == side).toList();
                if (!inLane.isEmpty()) {
                    result.put(org.factline.base.ui.EnumTexts.of(side), inLane);
                }
            }
        }
        return result;
    }

    /** Greedy row packing: each event goes to the first row whose last card ends before it. */
    private int placeLane(List<EventDetail> events, Function<LocalDate, Integer> x, int top, double scale) {
        List<Integer> rowEnds = new ArrayList<>();
        for (EventDetail e : events) {
            int left = x.apply(e.startDate());
            int spanWidth = (int) Math.round((ChronoUnit.DAYS.between(e.startDate(), e.lastDay()) + 1) * scale);
            int right = left + Math.max(CARD_WIDTH, spanWidth);
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + 6 > left) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(right);
            } else {
                rowEnds.set(row, right);
            }
            canvas.add(card(e, left, top + row * ROW_HEIGHT, spanWidth));
        }
        return Math.max(1, rowEnds.size());
    }

    private static Anchor card(EventDetail e, int left, int top, int spanWidth) {
        var card = new Anchor("timeline/events/" + e.id(), "");
        card.addClassName("tl-event");
        card.getElement().setAttribute("router-link", true);
        card.getElement().setAttribute("title", EventDates.of(e) + " \u2014 " + e.title());
        card.getStyle()
                .set("left", left + "px")
                .set("top", top + "px")
                .set("width", CARD_WIDTH + "px")
                .set("--tl-color", e.category().color());
        if (e.endDate() != null) {
            var bar = new Div();
            bar.addClassName("tl-span");
            bar.getStyle().set("width", Math.max(4, spanWidth) + "px");
            card.add(bar);
        }
        var title = new Span(e.title());
        title.addClassName("tl-event-title");
        var meta = new Span(EventDates.of(e));
        meta.addClassName("tl-event-date");
        card.add(title, meta);
        if (e.verified()) {
            var badge = new Span("\u2713 " + org.factline.base.ui.EnumTexts.of(e.verifiedVerdict()));
            badge.addClassNames(
                    "tl-verified", "verdict-" + e.verifiedVerdict().name().toLowerCase(Locale.ROOT));
            meta.add(badge);
        }
        if (e.status() == EventStatus.DRAFT) {
            card.addClassName("tl-draft");
        }
        if (e.needsReview()) {
            card.addClassName("tl-needs-review");
        }
        card.addClassName("tl-importance-" + e.importance());
        return card;
    }
}
