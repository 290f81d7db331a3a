package org.factline.timeline.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factline.article.ArticleService;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.ViewToolbar;
import org.factline.claim.ClaimService;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.timeline.CategoryDetail;
import org.factline.timeline.EventDetail;
import org.factline.timeline.EventFilter;
import org.factline.timeline.EventStatus;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineExport;
import org.factline.timeline.TimelineService;
import org.factline.timeline.TimelineSuggestions;
import org.jspecify.annotations.Nullable;

/**
 * The shared timeline: a visual timeline (zoom by years or months, lanes by category or country)
 * and a list of the same events, with filters kept in the URL so a view can be shared as a link,
 * exports of exactly what is shown, and live updates when a teammate changes an event.
 */
@Route("timeline")
@PageTitle("Timeline · Factline")
@Menu(order = 4, icon = "vaadin:calendar-clock", title = "Timeline")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class TimelineView extends Div implements BeforeEnterObserver {

    static final String TOPIC = "timeline";

    private final TimelineService timeline;
    private final TimelineCategories timelineCategories;
    private final Broadcaster broadcaster;
    private final TimelineSuggestions suggestions;
    private final SuggestionCards suggestionCards;
    private final boolean editor;
    final TimelineFilters filters;
    final Tab suggestionsTab = new Tab(translate("timeline.suggestions"));
    final Tabs mode =
            new Tabs(new Tab(translate("menu.TimelineView")), new Tab(translate("timeline.list")), suggestionsTab);
    final Select<TimelineCanvas.Zoom> zoom = new Select<>();
    final Select<TimelineCanvas.Lanes> lanes = new Select<>();
    final TimelineCanvas canvas = new TimelineCanvas();
    final Grid<EventDetail> grid = new Grid<>();
    final Span count = new Span();
    private final Div body = new Div();
    private final Div results = new Div();
    private volatile EventFilter current = EventFilter.all();
    private List<CategoryDetail> categories = List.of();
    private boolean applying;
    private @Nullable Registration live;

    TimelineView(
            TimelineService timeline,
            TimelineCategories timelineCategories,
            TimelineExport export,
            Broadcaster broadcaster,
            ClaimService claims,
            ArticleService articles,
            CurrentUser currentUser,
            TimelineSuggestions suggestions) {
        this.timeline = timeline;
        this.timelineCategories = timelineCategories;
        this.suggestions = suggestions;
        this.editor = currentUser.hasRole(AppRoles.Role.EDITOR);
        suggestionsTab.setVisible(editor);
        this.broadcaster = broadcaster;
        var dialogs = new EventDialogs(timeline, timelineCategories, claims, articles);
        this.suggestionCards = new SuggestionCards(suggestions, dialogs, this::refresh);
        this.filters = new TimelineFilters(claims);
        addClassName("timeline-view");

        var toolbar = toolbar(dialogs, export, currentUser.hasRole(AppRoles.Role.ADMIN));
        filters.addChangeListener(this::pushState);
        var display = displayControls();
        setUpList();

        results.addClassName("tl-results");
        body.addClassName("view-content");
        body.add(filters, display, results);
        add(toolbar, body);
    }

    private ViewToolbar toolbar(EventDialogs dialogs, TimelineExport export, boolean admin) {
        var newEvent = new Button(
                translate("timeline.new-event"), VaadinIcon.PLUS.create(), e -> dialogs.create(saved -> refresh()));
        newEvent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var print = new Button(
                translate("timeline.print"),
                VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.getElement().setAttribute("title", translate("timeline.print.tip"));
        List<Component> actions = new ArrayList<>();
        if (admin) {
            actions.add(new Button(
                    translate("timeline.categories"),
                    VaadinIcon.TAGS.create(),
                    e -> new CategoriesDialog(timelineCategories, () -> {
                                loadCategories();
                                refresh();
                            })
                            .open()));
        }
        actions.addAll(List.of(print, TimelineDownloads.menu(export, () -> current), newEvent));
        return new ViewToolbar(translate("menu.TimelineView"), actions.toArray(Component[]::new));
    }

    /** Mode tabs, zoom and lanes; a person's change goes into the address like a filter's. */
    private Div displayControls() {
        zoom.setLabel(translate("timeline.zoom"));
        zoom.setItems(TimelineCanvas.Zoom.values());
        zoom.setItemLabelGenerator(EnumTexts::of);
        zoom.setValue(TimelineCanvas.Zoom.YEARS);
        lanes.setLabel(translate("timeline.lanes"));
        lanes.setItems(TimelineCanvas.Lanes.values());
        lanes.setItemLabelGenerator(EnumTexts::of);
        lanes.setValue(TimelineCanvas.Lanes.CATEGORY);
        for (var field : List.of(zoom, lanes)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    pushState();
                }
            });
        }
        mode.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                pushState();
            }
        });
        var display = new Div(mode, zoom, lanes, count);
        display.addClassName("tl-display");
        return display;
    }

    private void setUpList() {
        grid.addColumn(EventDates::of)
                .setHeader(translate("timeline.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(e -> new Anchor("timeline/events/" + e.id(), e.title()))
                .setHeader(translate("timeline.event"))
                .setFlexGrow(3);
        grid.addComponentColumn(e -> new CategoryChip(e.category()))
                .setHeader(translate("timeline.category"))
                .setAutoWidth(true);
        grid.addColumn(e -> EnumTexts.of(e.side()))
                .setHeader(translate("timeline.country"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.verified() ? "\u2713 " + EnumTexts.of(e.verifiedVerdict()) : "")
                .setHeader(translate("timeline.verified"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.status() == EventStatus.DRAFT
                        ? translate("timeline.draft")
                        : e.needsReview() ? translate("timeline.needs-review") : "")
                .setHeader(translate("timeline.state"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    private void loadCategories() {
        categories = timelineCategories.all();
        filters.setCategories(categories);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loadCategories();
        var params = event.getLocation().getQueryParameters();
        applying = true;
        try {
            filters.read(params);
            zoom.setValue(has(params, "zoom", "months") ? TimelineCanvas.Zoom.MONTHS : TimelineCanvas.Zoom.YEARS);
            lanes.setValue(has(params, "lanes", "country") ? TimelineCanvas.Lanes.SIDE : TimelineCanvas.Lanes.CATEGORY);
            mode.setSelectedIndex(
                    has(params, "view", "list") ? 1 : has(params, "view", "suggestions") && editor ? 2 : 0);
        } finally {
            applying = false;
        }
        refresh();
    }

    private static boolean has(QueryParameters params, String name, String value) {
        return TimelineFilters.parameter(params, name).filter(value::equals).isPresent();
    }

    /** The URL follows the filters, so the view can be bookmarked or shared. */
    private void pushState() {
        if (applying) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        filters.write(params);
        if (mode.getSelectedIndex() == 1) {
            params.put("view", "list");
        } else if (mode.getSelectedIndex() == 2) {
            params.put("view", "suggestions");
        }
        if (zoom.getValue() == TimelineCanvas.Zoom.MONTHS) {
            params.put("zoom", "months");
        }
        if (lanes.getValue() == TimelineCanvas.Lanes.SIDE) {
            params.put("lanes", "country");
        }
        UI.getCurrent().navigate("timeline", QueryParameters.simple(params));
    }

    void refresh() {
        current = filters.filter();
        results.removeAll();
        if (editor) {
            long waiting = suggestions.openCount();
            suggestionsTab.setLabel(
                    waiting == 0 ? translate("timeline.suggestions") : translate("timeline.suggestions.n", waiting));
            if (mode.getSelectedIndex() == 2) {
                zoom.setVisible(false);
                lanes.setVisible(false);
                count.setText("");
                results.add(suggestionCards.of(suggestions.open()));
                return;
            }
        }
        List<EventDetail> events = timeline.find(current);
        count.setText(translate("timeline.count", events.size()));
        boolean list = mode.getSelectedIndex() == 1;
        zoom.setVisible(!list);
        lanes.setVisible(!list);
        if (events.isEmpty()) {
            results.add(new EmptyState(
                    VaadinIcon.CALENDAR_CLOCK,
                    current.equals(EventFilter.all()) ? translate("timeline.empty") : translate("timeline.no-match"),
                    current.equals(EventFilter.all())
                            ? translate("timeline.empty.text")
                            : translate("timeline.no-match.text")));
            return;
        }
        if (list) {
            grid.setItems(events);
            results.add(grid);
        } else {
            canvas.show(events, categories, zoom.getValue(), lanes.getValue());
            results.add(canvas, legend());
            canvas.getElement().executeJs("this.scrollLeft = this.scrollWidth");
        }
    }

    private Div legend() {
        var legend = new Div();
        legend.addClassName("tl-legend");
        categories.forEach(c -> legend.add(new CategoryChip(c)));
        var verified = new Span(translate("timeline.legend.verified"));
        verified.addClassName("tl-legend-note");
        var draft = new Span(translate("timeline.legend.draft"));
        draft.addClassName("tl-legend-note");
        legend.add(verified, draft);
        return legend;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        live = broadcaster.subscribe(TOPIC, event.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.remove();
            live = null;
        }
        super.onDetach(event);
    }
}
