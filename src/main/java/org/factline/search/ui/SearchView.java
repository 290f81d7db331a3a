package org.factline.search.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.base.Labels;
import org.factline.base.ValidationException;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.Formats;
import org.factline.base.ui.MainLayout;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.ViewToolbar;
import org.factline.search.ParsedQuery;
import org.factline.search.QuerySyntax;
import org.factline.search.SearchFacet;
import org.factline.search.SearchFilter;
import org.factline.search.SearchHit;
import org.factline.search.SearchIndexService;
import org.factline.search.SearchResults;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.search.SearchUnavailableException;
import org.factline.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * Results page of the header search box ({@code /search?q=…&sort=newest}): mixed results with
 * highlighted snippets, facets that add filters to the query, removable filter chips and paging.
 * The URL holds the whole state, so a search can be shared as a link.
 */
@Route(MainLayout.SEARCH_ROUTE)
@PageTitle("Search · Factline")
@Menu(order = 5, icon = "vaadin:search", title = "Search")
@RolesAllowed({AppRoles.FACT_CHECKER, AppRoles.ADMIN})
public class SearchView extends Div implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    /** How often the page tries again while the search engine is unavailable (cluster profile). */
    static final int RETRY_MILLIS = 5_000;

    private final SearchService search;
    private final SearchIndexService indexes;
    final TextField box = new TextField();
    final Select<SearchSort> sort = new Select<>();
    /** The optional "by meaning" mode ({@code &mode=meaning}): claims nearest in meaning (kNN). */
    final Checkbox byMeaning = new Checkbox(translate("search.by-meaning"));

    final Div notices = new Div();
    final Div chips = new Div();
    final Div facets = new Div();
    final Div results = new Div();
    final Span summary = new Span();
    final Button more = new Button(translate("search.more"));
    private final Div body = new Div();
    private String query = "";

    /** The "Did you mean …?" link after a typo-tolerant search, for tests. */
    @Nullable
    Anchor didYouMean;

    private SearchSort currentSort = SearchSort.RELEVANCE;
    private boolean meaning;
    private int loaded;
    private boolean fuzzy;
    private ParsedQuery parsed = QuerySyntax.parse("");
    private @Nullable Registration retry;

    SearchView(SearchService search, SearchIndexService indexes) {
        this.search = search;
        this.indexes = indexes;
        addClassName("search-view");

        box.setPlaceholder(translate("search.placeholder"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setAriaLabel(translate("search.query"));
        box.addClassName("search-box");
        box.addKeyDownListener(Key.ENTER, e -> open(box.getValue(), currentSort));
        var go = new Button(translate("menu.SearchView"), e -> open(box.getValue(), currentSort));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Stable ids: the Gatling load test (src/load/java) finds these nodes in Vaadin's responses.
        box.setId("search-box");
        go.setId("search-go");

        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(EnumTexts::of);
        sort.setValue(SearchSort.RELEVANCE);
        sort.setAriaLabel(translate("search.sort"));
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                open(query, e.getValue());
            }
        });

        byMeaning.addClassName("search-by-meaning");
        if (!search.meaningAvailable()) {
            byMeaning.setEnabled(false);
            byMeaning.setTooltipText(translate("search.by-meaning.unavailable"));
        }
        byMeaning.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                meaning = e.getValue();
                open(box.getValue(), currentSort);
            }
        });

        var bar = new Div(box, go, sort, byMeaning);
        bar.addClassName("search-bar");

        notices.addClassName("search-notices");
        chips.addClassName("search-chips");
        facets.addClassName("search-facets");
        results.addClassName("search-results");
        summary.addClassName("search-summary");
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClickListener(e -> loadMore());

        body.addClassName("view-content");
        body.add(bar, SearchTips.create(), notices, chips);
        add(new ViewToolbar(translate("menu.SearchView")), body);
        addDetachListener(e -> stopRetrying());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        query = params.getSingleParameter("q").orElse("").strip();
        currentSort = params.getSingleParameter("sort")
                .flatMap(s -> Arrays.stream(SearchSort.values())
                        .filter(v -> v.name().equalsIgnoreCase(s))
                        .findFirst())
                .orElse(SearchSort.RELEVANCE);
        meaning = search.meaningAvailable()
                && params.getSingleParameter("mode").filter("meaning"::equals).isPresent();
        box.setValue(query);
        sort.setValue(currentSort);
        byMeaning.setValue(meaning);
        sort.setEnabled(!meaning);
        render();
    }

    private void open(String q, SearchSort s) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q == null ? "" : q.strip());
        if (s != SearchSort.RELEVANCE) {
            params.put("sort", s.name().toLowerCase(Locale.ROOT));
        }
        if (meaning) {
            params.put("mode", "meaning");
        }
        UI.getCurrent().navigate(MainLayout.SEARCH_ROUTE, QueryParameters.simple(params));
    }

    private void render() {
        notices.removeAll();
        didYouMean = null;
        chips.removeAll();
        facets.removeAll();
        results.removeAll();
        body.getChildren()
                .filter(c -> c.hasClassName("search-layout") || c instanceof EmptyState)
                .toList()
                .forEach(body::remove);
        if (query.isEmpty()) {
            body.add(new EmptyState(
                    VaadinIcon.SEARCH,
                    translate("shell.search.label"),
                    translate("search.intro"),
                    example("export controls"),
                    example("\"DeepSeek-V3\" type:article"),
                    example("type:claim verdict:false"),
                    example("H20 after:2025-01")));
            return;
        }
        if (meaning) {
            renderByMeaning();
            return;
        }
        SearchResults first;
        try {
            first = search.results(query, currentSort, 0, PAGE_SIZE);
        } catch (SearchUnavailableException e) {
            body.add(new EmptyState(
                    VaadinIcon.PLUG, translate("search.unavailable"), translate("search.unavailable.text")));
            retryLater();
            return;
        }
        stopRetrying();
        fuzzy = first.fuzzy();
        indexes.rebuildNotice().ifPresent(rebuilding -> {
            var note = new Div(VaadinIcon.REFRESH.create(), new Span(rebuilding));
            note.addClassNames("search-warning", "search-rebuilding");
            notices.add(note);
        });
        first.warnings().forEach(w -> {
            var note = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new Span(w));
            note.addClassName("search-warning");
            notices.add(note);
        });
        parsed = first.query();
        if (first.fuzzy()) {
            var note = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new Span(translate("search.fuzzy")));
            note.addClassName("search-warning");
            String corrected = first.didYouMean(query);
            if (corrected != null) {
                var params = new LinkedHashMap<String, String>();
                params.put("q", corrected);
                if (currentSort != SearchSort.RELEVANCE) {
                    params.put("sort", currentSort.name().toLowerCase(Locale.ROOT));
                }
                didYouMean = new Anchor(
                        MainLayout.SEARCH_ROUTE + "?"
                                + QueryParameters.simple(params).getQueryString(),
                        translate("search.did-you-mean", corrected));
                didYouMean.addClassName("search-did-you-mean");
                note.add(new Span(" "), didYouMean);
            }
            notices.add(note);
        }
        parsed.filters().forEach(filter -> chips.add(chip(parsed, filter)));
        if (first.total() == 0) {
            body.add(new EmptyState(
                    VaadinIcon.SEARCH_MINUS,
                    translate("search.no-results", Labels.shorten(query, 80)),
                    translate("search.no-results.text")));
            return;
        }
        var loading = new Span(translate("search.counting"));
        loading.addClassName("search-summary");
        facets.add(loading);
        // Facets count every result, which takes longer than the first page: they follow in a
        // second round trip, once the browser shows the results.
        facets.getElement().executeJs("return 0").then(ignored -> loadFacets());
        summary.setText(translate(
                first.totalExact() ? "search.count" : "search.count.more",
                first.total(),
                Formats.number(first.total()),
                first.tookMillis()));
        first.hits().forEach(h -> results.add(new HitCard(h)));
        loaded = first.hits().size();
        more.setVisible(loaded < first.total() || !first.totalExact());
        var main = new Div(summary, results, more);
        main.addClassName("search-main");
        var layout = new Div(facets, main);
        layout.addClassName("search-layout");
        body.add(layout);
    }

    /** The claims nearest in meaning to the text typed: one list, no facets or paging. */
    private void renderByMeaning() {
        SearchResults found;
        try {
            found = search.byMeaning(query, 0, SearchService.MAX_PAGE_SIZE);
        } catch (ValidationException refused) {
            body.add(new EmptyState(VaadinIcon.INFO_CIRCLE_O, translate("search.by-meaning"), refused.getMessage()));
            return;
        } catch (SearchUnavailableException e) {
            body.add(new EmptyState(
                    VaadinIcon.PLUG, translate("search.unavailable"), translate("search.unavailable.text")));
            retryLater();
            return;
        }
        stopRetrying();
        var note = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new Span(translate("search.by-meaning.note")));
        note.addClassName("search-warning");
        notices.add(note);
        if (found.hits().isEmpty()) {
            body.add(new EmptyState(
                    VaadinIcon.SEARCH_MINUS,
                    translate("search.no-results", Labels.shorten(query, 80)),
                    translate("search.no-results.text")));
            return;
        }
        summary.setText(translate("search.by-meaning.count", found.hits().size()));
        found.hits().forEach(h -> results.add(new HitCard(h)));
        more.setVisible(false);
        var main = new Div(summary, results);
        main.addClassName("search-main");
        var layout = new Div(facets, main);
        layout.addClassName("search-layout");
        body.add(layout);
    }

    /** Fills the facet column (called once the results are on screen). */
    void loadFacets() {
        facets.removeAll();
        try {
            search.facets(query, fuzzy).forEach(f -> facets.add(facet(parsed, f)));
        } catch (SearchUnavailableException e) {
            facets.add(new Span(SearchUnavailableException.MESSAGE));
        }
    }

    /** While the engine is away, the page searches again every few seconds until it answers. */
    private void retryLater() {
        UI ui = UI.getCurrent();
        if (retry == null && ui != null) {
            retry = ui.addPollListener(e -> render());
            ui.setPollInterval(RETRY_MILLIS);
        }
    }

    private void stopRetrying() {
        if (retry != null) {
            retry.remove();
            retry = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }

    private void loadMore() {
        List<SearchHit> next;
        try {
            next = search.page(query, currentSort, loaded, PAGE_SIZE, fuzzy);
        } catch (SearchUnavailableException e) {
            Notifications.error(SearchUnavailableException.MESSAGE);
            return;
        }
        next.forEach(h -> results.add(new HitCard(h)));
        loaded += next.size();
        more.setVisible(next.size() == PAGE_SIZE);
    }

    private Button example(String q) {
        var b = new Button(q, e -> open(q, SearchSort.RELEVANCE));
        b.getElement().setAttribute("lang", "en"); // a query in the query language, as typed
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private Component chip(ParsedQuery parsed, ParsedQuery.Part.Filter filter) {
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> open(parsed.without(filter), currentSort));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(translate("search.remove-filter", filter.source()));
        var chip = new Span(new Span(filter.field().key() + ": " + filter.value()), remove);
        chip.addClassName("search-chip");
        return chip;
    }

    private Component facet(ParsedQuery parsed, SearchFacet facet) {
        var list = new UnorderedList();
        for (SearchFacet.Value v : facet.values()) {
            String token = facet.filter().key() + ":" + (v.value().contains(" ") ? '"' + v.value() + '"' : v.value());
            var active = parsed.filters().stream()
                    .filter(f -> f.field() == facet.filter() && f.value().equalsIgnoreCase(v.value()))
                    .findFirst();
            var button = new Button(
                    label(facet.filter(), v.value()),
                    e -> open(active.map(parsed::without).orElse(query + " " + token), currentSort));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.setSuffixComponent(new Span(Formats.number(v.count())));
            if (active.isPresent()) {
                button.addClassName("active");
                button.getElement().setAttribute("aria-pressed", "true");
            }
            list.add(new ListItem(button));
        }
        var section = new Div(new H2(translate("search.facet." + facet.filter().name())), list);
        section.addClassName("search-facet");
        return section;
    }

    /** Index values ("mostly_false", "in_review") as people write them. */
    static String label(SearchFilter field, String value) {
        if (field == SearchFilter.PUBLISHER || field == SearchFilter.YEAR || field == SearchFilter.TAG) {
            return value;
        }
        String key = switch (field) {
            case TYPE -> "search.type." + value;
            case VERDICT -> "enum.Verdict." + value.toUpperCase(Locale.ROOT);
            case STATUS -> "enum.ClaimStatus." + value.toUpperCase(Locale.ROOT);
            default -> null;
        };
        String text = key == null ? null : translate(key);
        return text == null || text.equals(key) ? Labels.humanize(value) : text;
    }
}
