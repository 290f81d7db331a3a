package org.factline.timeline.ui;

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
    final Tab suggestionsTab = new Tab("Suggestions");
    final Tabs mode = new Tabs(new Tab("Timeline"), new Tab("List"), suggestionsTab);
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
        var newEvent = new Button("New event", VaadinIcon.PLUS.create(), e -> dialogs.create(saved -> refresh()));
        newEvent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var print = new Button(
                "Print",
                VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.getElement().setAttribute("title", "Print the timeline or save it as PDF");
        List<Component> actions = new ArrayList<>();
        if (admin) {
            actions.add(new Button(
                    "Categories",
                    VaadinIcon.TAGS.create(),
                    e -> new CategoriesDialog(timelineCategories, () -> {
                                loadCategories();
                                refresh();
                            })
                            .open()));
        }
        actions.addAll(List.of(print, TimelineDownloads.menu(export, () -> current), newEvent));
        return new ViewToolbar("Timeline", actions.toArray(Component[]::new));
    }

    /** Mode tabs, zoom and lanes; a person's change goes into the address like a filter's. */
    private Div displayControls() {
        zoom.setLabel("Zoom");
        zoom.setItems(TimelineCanvas.Zoom.values());
        zoom.setItemLabelGenerator(z -> z.label);
        zoom.setValue(TimelineCanvas.Zoom.YEARS);
        lanes.setLabel("Lanes");
        lanes.setItems(TimelineCanvas.Lanes.values());
        lanes.setItemLabelGenerator(l -> l.label);
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
        grid.addColumn(EventDetail::dateLabel)
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(e -> new Anchor("timeline/events/" + e.id(), e.title()))
                .setHeader("Event")
                .setFlexGrow(3);
        grid.addComponentColumn(e -> new CategoryChip(e.category()))
                .setHeader("Category")
                .setAutoWidth(true);
        grid.addColumn(e -> e.side().label()).setHeader("Country").setAutoWidth(true);
        grid.addColumn(e -> e.verified() ? "\u2713 " + e.verifiedVerdict().label() : "")
                .setHeader("Verified")
                .setAutoWidth(true);
        grid.addColumn(e -> e.status() == EventStatus.DRAFT ? "Draft" : e.needsReview() ? "Needs review" : "")
                .setHeader("State")
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
            suggestionsTab.setLabel(waiting == 0 ? "Suggestions" : "Suggestions (" + waiting + ")");
            if (mode.getSelectedIndex() == 2) {
                zoom.setVisible(false);
                lanes.setVisible(false);
                count.setText("");
                results.add(suggestionCards.of(suggestions.open()));
                return;
            }
        }
        List<EventDetail> events = timeline.find(current);
        count.setText(events.size() + (events.size() == 1 ? " event" : " events"));
        boolean list = mode.getSelectedIndex() == 1;
        zoom.setVisible(!list);
        lanes.setVisible(!list);
        if (events.isEmpty()) {
            results.add(new EmptyState(
                    VaadinIcon.CALENDAR_CLOCK,
                    current.equals(EventFilter.all()) ? "The timeline is empty" : "No event matches these filters",
                    current.equals(EventFilter.all())
                            ? "Add the first event: a model launch, an export rule, an accusation…"
                            : "Widen the dates or remove a filter."));
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
        var verified = new Span("\u2713 verified claim");
        verified.addClassName("tl-legend-note");
        var draft = new Span("dashed: draft");
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
