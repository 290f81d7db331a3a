package org.factline.article.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.factline.article.ArticleExport;
import org.factline.article.ArticleFilter;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.ArticleSummary;
import org.factline.article.ImportJobs;
import org.factline.article.ImportOutcome;
import org.factline.article.ImportProperties;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.ExportMenu;
import org.factline.base.ui.Formats;
import org.factline.base.ui.GridSorts;
import org.factline.base.ui.ViewContent;
import org.factline.base.ui.ViewToolbar;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.data.domain.Sort;

/** All imported articles: filter, sort, open; import more. */
@Route("articles")
@PageTitle("Articles · Factline")
@Menu(order = 1, icon = "vaadin:newspaper", title = "Articles")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ArticlesView extends Div {

    private final ArticleService articles;
    private final ArticleImportService importer;
    private final ImportJobs jobs;
    private final long maxBytes;
    final TextField text = new TextField();
    final TextField publisher = new TextField();
    final TextField importer_ = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox archived = new Checkbox(translate("articles.show-archived"));
    final Grid<ArticleSummary> grid = new Grid<>();
    final Div empty = new Div();
    private final ConfigurableFilterDataProvider<ArticleSummary, Void, ArticleFilter> data;
    private final ColumnValues columnValues;
    private final Broadcaster broadcaster;
    private boolean refreshPending;

    ArticlesView(
            ArticleService articles,
            ArticleImportService importer,
            ImportJobs jobs,
            ImportProperties properties,
            CurrentUser currentUser,
            Broadcaster broadcaster,
            List<ArticleListColumn<?>> columns,
            ArticleExport export) {
        this.articles = articles;
        this.broadcaster = broadcaster;
        this.importer = importer;
        this.jobs = jobs;
        this.maxBytes = properties.maxBytes();
        this.columnValues = new ColumnValues(columns);
        this.data = articlePages(articles, columnValues);
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");

        var importButton = new Button(translate("articles.import"), VaadinIcon.UPLOAD.create(), e -> openImport());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var filters = filterBar(currentUser.hasRole(AppRoles.Role.EDITOR));
        addColumns(columns);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(data);
        grid.setEmptyStateText(translate("articles.no-match"));
        grid.setSizeFull();

        empty.add(new EmptyState(
                VaadinIcon.NEWSPAPER,
                translate("articles.empty.title"),
                translate("articles.empty.text"),
                new Button(translate("articles.import-articles"), e -> openImport())));
        var body = ViewContent.fill(filters, grid, empty);
        var exportMenu = new ExportMenu().addTable(translate("menu.ArticlesView"), "factline-articles", format -> {
            ArticleFilter shown = currentFilter();
            Sort order = GridSorts.of(grid);
            return out -> export.write(shown, order, format, out);
        });
        add(new ViewToolbar(translate("menu.ArticlesView"), exportMenu, importButton), body);
    }

    /** Pages of the list, with the extension columns' values loaded for each page at once. */
    private static ConfigurableFilterDataProvider<ArticleSummary, Void, ArticleFilter> articlePages(
            ArticleService articles, ColumnValues columnValues) {
        return new CallbackDataProvider<ArticleSummary, ArticleFilter>(
                        q -> {
                            var page = articles.find(
                                    q.getFilter().orElse(ArticleFilter.all()),
                                    q.getOffset(),
                                    q.getLimit(),
                                    GridSorts.toSort(q.getSortOrders()));
                            columnValues.load(
                                    page.stream().map(ArticleSummary::id).toList());
                            return page.stream();
                        },
                        q -> (int) articles.count(q.getFilter().orElse(ArticleFilter.all())),
                        ArticleSummary::id)
                .withConfigurableFilter();
    }

    private FlexLayout filterBar(boolean editor) {
        text.setPlaceholder(translate("articles.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        publisher.setPlaceholder(translate("articles.publisher"));
        importer_.setPlaceholder(translate("articles.filter.importer"));
        from.setPlaceholder(translate("articles.filter.from"));
        to.setPlaceholder(translate("articles.filter.to"));
        for (TextField f : List.of(text, publisher, importer_)) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> applyFilter());
        }
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());
        var filters = new FlexLayout(text, publisher, importer_, from, to);
        if (editor) {
            archived.addValueChangeListener(e -> applyFilter());
            filters.add(archived); // editors find archived articles here to restore them
        }
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        return filters;
    }

    /** The sort keys are the column keys, which {@link ArticleService#find} understands. */
    private void addColumns(List<ArticleListColumn<?>> extensions) {
        grid.addComponentColumn(ArticlesView::titleCell)
                .setHeader(translate("articles.title"))
                .setKey("title")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(a -> a.siteName() == null ? "" : a.siteName())
                .setHeader(translate("articles.publisher"))
                .setKey("siteName")
                .setSortable(true);
        grid.addColumn(a -> a.publishedAt() == null ? "" : Formats.day(a.publishedAt()))
                .setHeader(translate("articles.published"))
                .setKey("publishedAt")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ArticleSummary::importedBy)
                .setHeader(translate("articles.imported-by"))
                .setKey("importedBy")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.importedAt() == null ? "" : Formats.shortMoment(a.importedAt()))
                .setHeader(translate("articles.imported"))
                .setKey("createdAt")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ArticleSummary::wordCount)
                .setHeader(translate("articles.words"))
                .setKey("wordCount")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (ArticleListColumn<?> column : extensions) {
            grid.addComponentColumn(a -> columnValues.render(column, a.id()))
                    .setHeader(column.header())
                    .setKey(column.header())
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
    }

    private static Component titleCell(ArticleSummary a) {
        var link = new Anchor("articles/" + a.id(), a.title());
        link.addClassName("article-link");
        if (a.possibleDuplicateOf() == null) {
            return link;
        }
        var badge = new Span(
                a.mergedInto() == null ? translate("articles.badge.duplicate") : translate("articles.badge.merged"));
        badge.addClassNames("badge-role", "badge-warning");
        return new Div(link, new Span(" "), badge);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refreshEmptyState();
        // extension columns whose values arrive later (scores of a new import) refresh the page
        for (String topic : columnValues.liveTopics()) {
            var subscription = broadcaster.subscribe(topic, attachEvent.getUI(), this::refreshSoon);
            addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        }
    }

    /** Many changes pushed at once (a bulk import being scored) end in one refresh. */
    private void refreshSoon() {
        if (!refreshPending) {
            refreshPending = true;
            getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> {
                refreshPending = false;
                data.refreshAll();
            }));
        }
    }

    void openImport() {
        var dialog = new ImportDialog(importer, jobs, maxBytes, this::imported);
        dialog.open();
    }

    private void imported(ImportOutcome outcome) {
        if (outcome.status() == ImportOutcome.Status.IMPORTED) {
            data.refreshAll();
            refreshEmptyState();
        }
    }

    private void refreshEmptyState() {
        boolean none = articles.count(ArticleFilter.all()) == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    private void applyFilter() {
        data.setFilter(currentFilter());
    }

    private ArticleFilter currentFilter() {
        return new ArticleFilter(
                text.getValue(),
                publisher.getValue(),
                importer_.getValue(),
                from.getValue(),
                to.getValue(),
                archived.getValue());
    }
}
