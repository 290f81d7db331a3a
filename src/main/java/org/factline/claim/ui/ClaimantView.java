package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.NotFoundView;
import org.factline.claim.ClaimLink;
import org.factline.claim.ClaimantDetail;
import org.factline.claim.ClaimantProfiles;
import org.factline.claim.Verdict;
import org.factline.security.AppRoles;

/**
 * A claimant (person, organisation, company, government body, media) and every claim they made:
 * their verdict record and claims by month as small charts drawn with styled elements (each with a
 * text alternative), then the claims. A merged claimant's address sends the reader on to the
 * claimant it was merged into.
 */
@Route("claimants/:id")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimantView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final ClaimantProfiles profiles;
    private String title = "Claimant";

    ClaimantView(ClaimantProfiles profiles) {
        this.profiles = profiles;
        addClassNames("view-content", "reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            NotFoundView.reroute(event, translate("claimant.no-such"), "claims", translate("claim.all"));
            return;
        }
        ClaimantDetail claimant;
        try {
            claimant = profiles.get(id);
        } catch (ValidationException | ItemNotFoundException e) {
            Optional<Long> survivor = profiles.mergedInto(id);
            if (survivor.isPresent()) {
                event.forwardTo("claimants/" + survivor.get());
                return;
            }
            NotFoundView.reroute(event, translate("claimant.no-such"), "claims", translate("claim.all"));
            return;
        }
        show(claimant);
    }

    void show(ClaimantDetail claimant) {
        title = claimant.name();
        removeAll();
        var back = new Anchor("claims", "\u2190 " + translate("claimant.back"));
        back.addClassName("back-link");
        var heading = new H1(claimant.name());
        heading.addClassName("claim-title");
        var meta = new Div(new Span(translate(
                "claimant.meta",
                EnumTexts.of(claimant.kind()),
                claimant.claims().size(),
                claimant.verified())));
        meta.addClassName("reader-meta");
        add(back, heading, meta);
        if (!claimant.aliases().isEmpty()) {
            var aliases = new Div(new Span(translate("claimant.aliases", String.join(", ", claimant.aliases()))));
            aliases.addClassName("claimant-aliases");
            add(aliases);
        }
        if (!claimant.links().isEmpty()) {
            var links = new UnorderedList();
            links.addClassName("claimant-links");
            claimant.links().forEach(url -> {
                var link = new Anchor(url, url, AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                links.add(new ListItem(link));
            });
            add(links);
        }
        if (claimant.canEdit()) {
            Runnable reload = () -> show(profiles.get(claimant.id()));
            var edit =
                    new Button(translate("claimant.edit"), e -> new ClaimantDialog(profiles, claimant, reload).open());
            var rename = new Button(
                    translate("claimant.rename"), e -> new ClaimantRenameDialog(profiles, claimant, reload).open());
            var merge =
                    new Button(translate("claimant.merge"), e -> new ClaimantMergeDialog(profiles, claimant).open());
            for (Button b : new Button[] {edit, rename, merge}) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            }
            var actions = new Div(edit, rename, merge);
            actions.addClassName("claimant-actions");
            add(actions);
        }
        if (claimant.verified() > 0) {
            add(new H2(translate("claimant.record")), verdictRecord(claimant.verdictRecord()));
        }
        if (!claimant.claimsByMonth().isEmpty()) {
            add(new H2(translate("claimant.over-time")), claimsOverTime(claimant.claimsByMonth()));
        }
        add(new H2(translate("claimant.claims")));
        var list = new UnorderedList();
        list.addClassName("claimant-claims");
        for (ClaimLink c : claimant.claims()) {
            var item = new ListItem(new Anchor("claims/" + c.id(), c.text()));
            if (c.claimDate() != null) {
                item.add(new Span(" \u00b7 " + DAY.format(c.claimDate())));
            }
            var state = new Span(c.verdict() != null ? EnumTexts.of(c.verdict()) : EnumTexts.of(c.status()));
            state.addClassNames(
                    "badge",
                    c.verdict() != null ? "verdict-label" : "badge-role",
                    c.verdict() != null
                            ? "verdict-" + c.verdict().name().toLowerCase(Locale.ROOT)
                            : "status-" + c.status().name().toLowerCase(Locale.ROOT));
            item.add(new Span(" "), state);
            list.add(item);
        }
        add(list);
    }

    /** One bar per verdict, as long as its share of the largest count; the counts are written out too. */
    static Div verdictRecord(Map<Verdict, Long> record) {
        long max = Math.max(
                1, record.values().stream().mapToLong(Long::longValue).max().orElse(1));
        var chart = new Div();
        chart.addClassName("verdict-record");
        chart.getElement().setAttribute("role", "img");
        chart.getElement()
                .setAttribute(
                        "aria-label",
                        translate(
                                "claimant.record.alt",
                                record.entrySet().stream()
                                        .map(e -> EnumTexts.of(e.getKey()) + " " + e.getValue())
                                        .collect(Collectors.joining(", "))));
        record.forEach((verdict, count) -> {
            var label = new Span(EnumTexts.of(verdict));
            label.addClassName("verdict-record-label");
            var bar = new Div();
            bar.addClassNames("verdict-record-bar", "verdict-" + verdict.name().toLowerCase(Locale.ROOT));
            bar.setWidth((count == 0 ? 0 : Math.max(2, 100 * count / max)) + "%");
            var track = new Div(bar);
            track.addClassName("verdict-record-track");
            var number = new Span(String.valueOf(count));
            number.addClassName("verdict-record-count");
            var row = new Div(label, track, number);
            row.addClassName("verdict-record-row");
            row.getElement().setAttribute("aria-hidden", "true");
            row.getElement().setAttribute("data-verdict", verdict.name());
            row.getElement().setAttribute("data-count", String.valueOf(count));
            chart.add(row);
        });
        return chart;
    }

    /** A column per month, as tall as its share of the busiest month. */
    static Div claimsOverTime(SortedMap<YearMonth, Long> months) {
        long max = Math.max(
                1, months.values().stream().mapToLong(Long::longValue).max().orElse(1));
        var chart = new Div();
        chart.addClassName("claims-by-month");
        chart.getElement().setAttribute("role", "img");
        chart.getElement()
                .setAttribute(
                        "aria-label",
                        translate(
                                "claimant.over-time.alt",
                                months.entrySet().stream()
                                        .filter(e -> e.getValue() > 0)
                                        .map(e -> MONTH.format(e.getKey()) + " " + e.getValue())
                                        .collect(Collectors.joining(", "))));
        var columns = new Div();
        columns.addClassName("claims-by-month-columns");
        months.forEach((month, count) -> {
            var column = new Div();
            column.addClassName("claims-by-month-column");
            column.setHeight((count == 0 ? 0 : Math.max(4, 100 * count / max)) + "%");
            column.getElement().setAttribute("title", MONTH.format(month) + ": " + count);
            column.getElement().setAttribute("data-month", month.toString());
            column.getElement().setAttribute("data-count", String.valueOf(count));
            var cell = new Div(column);
            cell.addClassName("claims-by-month-cell");
            columns.add(cell);
        });
        var axis = new Div(new Span(MONTH.format(months.firstKey())), new Span(MONTH.format(months.lastKey())));
        axis.addClassName("claims-by-month-axis");
        axis.getElement().setAttribute("aria-hidden", "true");
        chart.add(columns, axis);
        return chart;
    }

    @Override
    public String getPageTitle() {
        return translate("shell.title.item", title);
    }
}
