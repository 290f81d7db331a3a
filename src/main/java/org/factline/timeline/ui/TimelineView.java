package org.factline.timeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.article.ArticleService;
import org.factline.base.Labels;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.claim.ClaimService;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.timeline.CategoryView;
import org.factline.timeline.EventFilter;
import org.factline.timeline.EventStatus;
import org.factline.timeline.EventView;
import org.factline.timeline.Side;
import org.factline.timeline.SuggestionView;
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
    private final TimelineExport export;
    private final Broadcaster broadcaster;
    private final EventDialogs dialogs;
    private final TimelineSuggestions suggestions;
    private final boolean editor;
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final MultiSelectComboBox<CategoryView> category = new MultiSelectComboBox<>("Category");
    final ComboBox<String> actor = new ComboBox<>("Actor");
    final Select<Side> side = new Select<>();
    final Checkbox verifiedOnly = new Checkbox("Verified only");
    final TextField text = new TextField("Text");
    final Tab suggestionsTab = new Tab("Suggestions");
    final Tabs mode = new Tabs(new Tab("Timeline"), new Tab("List"), suggestionsTab);
    final Select<TimelineCanvas.Zoom> zoom = new Select<>();
    final Select<TimelineCanvas.Lanes> lanes = new Select<>();
    final TimelineCanvas canvas = new TimelineCanvas();
    final Grid<EventView> grid = new Grid<>();
    final Span count = new Span();
    private final Div body = new Div();
    private final Div results = new Div();
    private volatile EventFilter current = EventFilter.all();
    private List<CategoryView> categories = List.of();
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
        this.export = export;
        this.broadcaster = broadcaster;
        this.dialogs = new EventDialogs(timeline, timelineCategories, claims, articles);
        addClassName("timeline-view");

        var newEvent = new Button("New event", VaadinIcon.PLUS.create(), e -> dialogs.create(saved -> refresh()));
        newEvent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var print = new Button(
                "Print",
                VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.getElement().setAttribute("title", "Print the timeline or save it as PDF");
        var toolbar = new ViewToolbar("Timeline", print, exports(), newEvent);
        if (currentUser.hasRole(AppRoles.Role.ADMIN)) {
            var manage = new Button(
                    "Categories",
                    VaadinIcon.TAGS.create(),
                    e -> new CategoriesDialog(timelineCategories, () -> {
                                categories = timelineCategories.all();
                                category.setItems(categories);
                                refresh();
                            })
                            .open());
            toolbar = new ViewToolbar("Timeline", manage, print, exports(), newEvent);
        }

        category.setItemLabelGenerator(CategoryView::name);
        actor.setClearButtonVisible(true);
        actor.setItems(query -> claims.claimantNames(query.getFilter().orElse(""), query.getLimit()).stream()
                .skip(query.getOffset()));
        side.setLabel("Country");
        side.setItems(Side.values());
        side.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        side.setEmptySelectionAllowed(true);
        side.setEmptySelectionCaption("Any");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        zoom.setLabel("Zoom");
        zoom.setItems(TimelineCanvas.Zoom.values());
        zoom.setItemLabelGenerator(z -> z.label);
        zoom.setValue(TimelineCanvas.Zoom.YEARS);
        lanes.setLabel("Lanes");
        lanes.setItems(TimelineCanvas.Lanes.values());
        lanes.setItemLabelGenerator(l -> l.label);
        lanes.setValue(TimelineCanvas.Lanes.CATEGORY);
        List<com.vaadin.flow.component.HasValue<?, ?>> fields =
                List.of(from, to, category, actor, side, verifiedOnly, text, zoom, lanes);
        for (var field : fields) {
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
        var filters = new Div(from, to, category, actor, side, text, verifiedOnly);
        filters.addClassName("tl-filters");
        var display = new Div(mode, zoom, lanes, count);
        display.addClassName("tl-display");

        grid.addColumn(EventView::dateLabel)
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(e -> new Anchor("timeline/events/" + e.id(), e.title()))
                .setHeader("Event")
                .setFlexGrow(3);
        grid.addComponentColumn(TimelineView::categoryChip)
                .setHeader("Category")
                .setAutoWidth(true);
        grid.addColumn(e -> e.side().label()).setHeader("Country").setAutoWidth(true);
        grid.addColumn(e -> e.verified() ? "\u2713 " + Labels.humanize(e.verifiedVerdict()) : "")
                .setHeader("Verified")
                .setAutoWidth(true);
        grid.addColumn(e -> e.status() == EventStatus.DRAFT ? "Draft" : e.needsReview() ? "Needs review" : "")
                .setHeader("State")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        results.addClassName("tl-results");
        body.addClassName("view-content");
        body.add(filters, display, results);
        add(toolbar, body);
    }

    static Span categoryChip(EventView e) {
        var chip = new Span(e.category().name());
        chip.addClassName("tl-category");
        chip.getStyle().set("--tl-color", e.category().color());
        return chip;
    }

    private com.vaadin.flow.component.Component exports() {
        var menu = new com.vaadin.flow.component.menubar.MenuBar();
        menu.addThemeVariants(com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_TERTIARY);
        var top = menu.addItem(new Span(VaadinIcon.DOWNLOAD.create(), new Span(" Export")));
        var sub = top.getSubMenu();
        sub.addItem(download(
                "TimelineJS (JSON)",
                "factline-timeline.json",
                "application/json",
                f -> export.timelineJs(f, baseUrl())));
        sub.addItem(download("Spreadsheet (CSV)", "factline-timeline.csv", "text/csv", export::csv));
        sub.addItem(download(
                "Calendar (iCalendar)", "factline-timeline.ics", "text/calendar", f -> export.ical(f, baseUrl())));
        return menu;
    }

    private Anchor download(String label, String file, String type, Function<EventFilter, String> content) {
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.apply(current).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), file, type, bytes.length);
                }),
                label);
        link.getElement().setAttribute("download", true);
        return link;
    }

    private static String baseUrl() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var servlet = request.getHttpServletRequest();
        return servlet.getRequestURL().toString().replaceFirst("(https?://[^/]+).*", "$1") + servlet.getContextPath()
                + "/";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        categories = timelineCategories.all();
        category.setItems(categories);
        var params = event.getLocation().getQueryParameters();
        applying = true;
        try {
            from.setValue(date(params, "from"));
            to.setValue(date(params, "to"));
            Set<Long> ids = param(params, "cat")
                    .map(v -> Arrays.stream(v.split(","))
                            .map(String::strip)
                            .filter(s -> s.matches("\\d{1,18}"))
                            .map(Long::valueOf)
                            .collect(Collectors.toSet()))
                    .orElse(Set.of());
            category.setValue(
                    categories.stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet()));
            actor.setValue(param(params, "actor").orElse(null));
            side.setValue(param(params, "side").flatMap(TimelineView::side).orElse(null));
            verifiedOnly.setValue(param(params, "verified").map("1"::equals).orElse(false));
            text.setValue(param(params, "q").orElse(""));
            zoom.setValue(
                    param(params, "zoom").filter("months"::equals).isPresent()
                            ? TimelineCanvas.Zoom.MONTHS
                            : TimelineCanvas.Zoom.YEARS);
            lanes.setValue(
                    param(params, "lanes").filter("country"::equals).isPresent()
                            ? TimelineCanvas.Lanes.SIDE
                            : TimelineCanvas.Lanes.CATEGORY);
            String view = param(params, "view").orElse("");
            mode.setSelectedIndex(view.equals("list") ? 1 : view.equals("suggestions") && editor ? 2 : 0);
        } finally {
            applying = false;
        }
        refresh();
    }

    private static java.util.Optional<Side> side(String value) {
        return Arrays.stream(Side.values())
                .filter(s -> s.name().equalsIgnoreCase(value))
                .findFirst();
    }

    private static java.util.Optional<String> param(QueryParameters params, String name) {
        return params.getSingleParameter(name).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static @Nullable LocalDate date(QueryParameters params, String name) {
        return param(params, name)
                .map(v -> {
                    try {
                        return LocalDate.parse(v);
                    } catch (java.time.format.DateTimeParseException e) {
                        return null;
                    }
                })
                .orElse(null);
    }

    /** The URL follows the filters, so the view can be bookmarked or shared. */
    private void pushState() {
        if (applying) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (from.getValue() != null) {
            params.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            params.put("to", to.getValue().toString());
        }
        if (!category.getValue().isEmpty()) {
            params.put(
                    "cat",
                    category.getValue().stream()
                            .map(c -> String.valueOf(c.id()))
                            .sorted()
                            .collect(Collectors.joining(",")));
        }
        if (actor.getValue() != null && !actor.getValue().isBlank()) {
            params.put("actor", actor.getValue());
        }
        if (side.getValue() != null) {
            params.put("side", side.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (verifiedOnly.getValue()) {
            params.put("verified", "1");
        }
        if (!text.getValue().isBlank()) {
            params.put("q", text.getValue().strip());
        }
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
        current = new EventFilter(
                from.getValue(),
                to.getValue(),
                category.getValue().stream().map(CategoryView::id).collect(Collectors.toSet()),
                actor.getValue(),
                side.getValue(),
                verifiedOnly.getValue(),
                text.getValue());
        results.removeAll();
        if (editor) {
            long waiting = suggestions.openCount();
            suggestionsTab.setLabel(waiting == 0 ? "Suggestions" : "Suggestions (" + waiting + ")");
            if (mode.getSelectedIndex() == 2) {
                zoom.setVisible(false);
                lanes.setVisible(false);
                count.setText("");
                showSuggestions(suggestions.open());
                return;
            }
        }
        List<EventView> events = timeline.find(current);
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

    private void showSuggestions(List<SuggestionView> open) {
        if (open.isEmpty()) {
            results.add(new EmptyState(
                    VaadinIcon.LIGHTBULB,
                    "No suggestions",
                    "Factline proposes events from dated sentences in imported articles and from verified,"
                            + " dated claims. New ones appear here."));
            return;
        }
        for (SuggestionView s : open) {
            var title = new Span(s.title());
            title.addClassName("tl-suggestion-title");
            var source = s.fromClaim()
                    ? new Anchor("claims/" + s.claimId(), "Verified claim")
                    : new Anchor("articles/" + s.articleId(), s.articleTitle() == null ? "Article" : s.articleTitle());
            var meta = new Div(new Span(s.dateLabel()), new Span("from "), source);
            meta.addClassName("event-meta");
            var quote = new Div(new Span("\u201c" + s.sentence() + "\u201d"));
            quote.addClassName("claim-quote");
            var actions = new Div();
            actions.addClassName("event-actions");
            if (s.matchedEventId() != null) {
                var attach = new Button("Add as source to \u201c" + s.matchedEventTitle() + "\u201d", e -> {
                    suggestions.addToMatchedEvent(s.id());
                    Notifications.success("Added to the existing event.");
                    refresh();
                });
                attach.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(attach);
            }
            var create = new Button(
                    s.matchedEventId() == null ? "Create event\u2026" : "Create a new event anyway\u2026",
                    e -> dialogs.createFrom(suggestions.prefill(s.id()), saved -> {
                        suggestions.accepted(s.id(), saved.id());
                        refresh();
                    }));
            if (s.matchedEventId() == null) {
                create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            var dismiss = new Button("Dismiss", e -> {
                suggestions.dismiss(s.id());
                refresh();
            });
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(create, dismiss);
            var card = new Div(title, meta, quote, actions);
            card.addClassName("tl-suggestion");
            results.add(card);
        }
    }

    private Div legend() {
        var legend = new Div();
        legend.addClassName("tl-legend");
        categories.forEach(c -> {
            var item = new Span(c.name());
            item.addClassName("tl-category");
            item.getStyle().set("--tl-color", c.color());
            legend.add(item);
        });
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
