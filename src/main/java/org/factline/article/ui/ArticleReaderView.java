package org.factline.article.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.factline.article.ArticleDetail;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleReprocessing;
import org.factline.article.ArticleService;
import org.factline.article.ArticleSummary;
import org.factline.article.ArticleVersions;
import org.factline.article.ImportOutcome;
import org.factline.article.domain.ArticleStatus;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.Formats;
import org.factline.base.ui.NotFoundView;
import org.factline.base.ui.Notifications;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;

/** Reading an article: clean text, where it came from, and the actions on it. */
@Route("articles/:id")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ArticleReaderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final CurrentUser currentUser;
    private String title = "";
    ArticleDetail detail;

    private final List<ReaderPanel> panels;

    private final ArticleReprocessing reprocessing;
    private final ArticleVersions versions;
    private final ArticleImportService imports;

    private final Broadcaster broadcaster;
    private @Nullable Registration live;
    private long liveId = -1;

    ArticleReaderView(
            ArticleService articles,
            ArticleReprocessing reprocessing,
            CurrentUser currentUser,
            List<ReaderPanel> panels,
            ArticleVersions versions,
            ArticleImportService imports,
            Broadcaster broadcaster) {
        this.versions = versions;
        this.imports = imports;
        this.articles = articles;
        this.reprocessing = reprocessing;
        this.currentUser = currentUser;
        this.panels = panels;
        this.broadcaster = broadcaster;
        addClassNames("view-content", "reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ArticleDetail article;
        try {
            article = articles.get(
                    Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException e) {
            NotFoundView.reroute(event, translate("reader.no-such"), "articles", translate("reader.all"));
            return;
        } catch (ItemNotFoundException | ValidationException missingOrArchived) {
            // An archived article is hidden from fact-checkers like a missing one; the message says which.
            NotFoundView.reroute(event, missingOrArchived.getMessage(), "articles", translate("reader.all"));
            return;
        }
        show(article);
        follow(article.summary().id());
    }

    /**
     * Redraws when the article gets a new version (a feed, a teammate's check), or someone merges
     * it (or a copy into it) or undoes that; the view is reused when one article links to another.
     */
    private void follow(long id) {
        if (liveId == id) {
            return;
        }
        unfollow();
        liveId = id;
        live = broadcaster.subscribe(ArticleService.liveTopic(id), UI.getCurrent(), this::reloadOrLeave);
    }

    private void unfollow() {
        if (live != null) {
            live.remove();
            live = null;
        }
        liveId = -1;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unfollow();
        super.onDetach(detachEvent);
    }

    /** A fact-checker whose article was just merged away is told so and taken to the list. */
    private void reloadOrLeave() {
        try {
            reload();
        } catch (ValidationException | ItemNotFoundException gone) {
            Notifications.info(gone.getMessage());
            UI.getCurrent().navigate("articles");
        }
    }

    @Override
    public String getPageTitle() {
        return translate("shell.title.item", title.isEmpty() ? translate("reader.article") : title);
    }

    private void show(ArticleDetail d) {
        removeAll();
        this.detail = d;
        ArticleSummary s = d.summary();
        this.title = s.title();
        var heading = new H1(s.title());
        heading.addClassName("reader-title");

        var facts = new ArrayList<String>();
        if (s.byline() != null) {
            facts.add(s.byline());
        }
        if (s.siteName() != null) {
            facts.add(s.siteName());
        }
        if (s.publishedAt() != null) {
            facts.add(Formats.longDay(s.publishedAt()));
        }
        var meta = new Div(new Span(String.join(" · ", facts)));
        meta.addClassName("reader-meta");
        String original = d.canonicalUrl() != null ? d.canonicalUrl() : d.sourceUrl();
        if (original != null) {
            var link = new Anchor(original, translate("reader.original"), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            meta.add(new Span(" · "), link);
        }
        var provenance = new Paragraph(String.join(
                " \u00b7 ",
                s.importedAt() == null
                        ? translate("reader.imported-by", s.importedBy())
                        : translate("reader.imported-by-on", s.importedBy(), Formats.moment(s.importedAt())),
                EnumTexts.of(s.sourceKind()) + (d.sourceName() == null ? "" : " (" + d.sourceName() + ")"),
                translate("reader.words", s.wordCount())));
        provenance.addClassName("reader-provenance");

        var actions = new Div();
        actions.addClassName("reader-actions");
        actions.add(new Button(
                translate("reader.edit"),
                VaadinIcon.EDIT.create(),
                e -> new MetadataDialog(articles, d, this::reload).open()));
        if (s.sourceKind().fetched()) {
            var check =
                    new Button(translate("reader.check"), VaadinIcon.CLOUD_DOWNLOAD_O.create(), e -> checkForUpdate(s));
            check.setDisableOnClick(true);
            check.getElement().setAttribute("title", translate("reader.check.tip"));
            actions.add(check);
        }
        if (currentUser.hasRole(AppRoles.Role.EDITOR)) {
            if (s.status() == ArticleStatus.ACTIVE) {
                var archive =
                        new Button(translate("reader.archive"), VaadinIcon.ARCHIVE.create(), e -> confirmArchive(s));
                archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                actions.add(archive);
            } else if (d.summary().mergedInto() == null) {
                actions.add(new Button(
                        translate("reader.restore"),
                        e -> act(() -> articles.restore(s.id(), s.version()), translate("reader.restored"))));
            }
            var again = new Button(translate("reader.again"), VaadinIcon.REFRESH.create(), e -> confirmReprocess(s));
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            again.getElement().setAttribute("title", translate("reader.again.tip"));
            actions.add(again);
        }
        add(heading, meta, provenance, actions);

        if (d.summary().mergedInto() != null) {
            var merged = banner(translate("reader.merged-into"));
            merged.addClassName("merged-into");
            merged.add(
                    new Anchor("articles/" + d.summary().mergedInto(), "\u201c" + d.mergedIntoTitle() + "\u201d"),
                    new Span(translate("reader.merged-into.rest")));
            add(merged);
        } else if (s.status() == ArticleStatus.ARCHIVED) {
            add(banner(translate("reader.archived")));
        }
        if (s.possibleDuplicateOf() != null && d.summary().mergedInto() == null) {
            var banner = banner(translate(
                    "reader.duplicate",
                    d.duplicateOfTitle(),
                    Formats.percent(d.duplicateSimilarity() == null ? 0 : d.duplicateSimilarity())));
            banner.add(
                    new Anchor("articles/" + s.possibleDuplicateOf(), translate("reader.compare")),
                    new Span(" "),
                    new Button(
                            translate("reader.keep"),
                            e -> act(() -> articles.keepAsSeparate(s.id(), s.version()), translate("reader.kept"))));
            if (currentUser.hasRole(AppRoles.Role.EDITOR)) {
                banner.add(new Button(translate("reader.archive-copy"), e -> confirmArchive(s)));
            }
            add(banner);
        }
        var body = new Html("<div class=\"reader-body\">" + d.safeHtml() + "</div>");
        for (ReaderPanel panel : panels) {
            add(panel.create(d, this::readSelection));
        }
        add(new VersionsPanel(versions, s.id(), versions.list(s.id())));
        add(body);
    }

    private void checkForUpdate(ArticleSummary s) {
        ImportOutcome outcome;
        try {
            outcome = imports.checkForUpdate(s.id());
        } catch (ValidationException | ItemNotFoundException e) {
            Notifications.error(e.getMessage());
            reload();
            return;
        }
        switch (outcome.status()) {
            case UPDATED -> Notifications.success(outcome.message());
            case UNCHANGED -> Notifications.info(outcome.message());
            default -> Notifications.error(outcome.message());
        }
        reload();
    }

    /** The selected text inside the article body, and its offset in the body's text content. */
    private void readSelection(BiConsumer<String, Integer> callback) {
        getElement()
                .executeJs("const s = window.getSelection(); const body = this.querySelector('.reader-body');"
                        + " if (!s || s.rangeCount === 0 || !body || !body.contains(s.anchorNode)) return ['', -1];"
                        + " const r = document.createRange(); r.selectNodeContents(body); r.setEnd(s.getRangeAt(0).startContainer,"
                        + " s.getRangeAt(0).startOffset); return [s.toString(), r.toString().length];")
                .then(result -> {
                    String text = result.get(0).asString();
                    int offset = (int) result.get(1).asDouble();
                    callback.accept(text, offset);
                });
    }

    private static Div banner(String text) {
        var div = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new Span(text));
        div.addClassName("reader-banner");
        return div;
    }

    private void confirmArchive(ArticleSummary s) {
        var dialog = new ConfirmDialog(
                translate("reader.archive.confirm", s.title()),
                translate("reader.archive.text"),
                translate("reader.archive"),
                e -> act(() -> articles.archive(s.id(), s.version()), translate("reader.archived.done")));
        dialog.setCancelText(translate("common.cancel"));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void confirmReprocess(ArticleSummary s) {
        var dialog = new ConfirmDialog(
                translate("reader.again.confirm", s.title()),
                translate("reader.again.text"),
                translate("reader.again"),
                e -> {
                    try {
                        var result = reprocessing.reprocess(s.id(), s.version());
                        Notifications.success(
                                result == ArticleReprocessing.Result.UNCHANGED
                                        ? translate("reader.again.same")
                                        : translate("reader.again.updated"));
                    } catch (ValidationException | ItemNotFoundException | ConcurrentEditException ex) {
                        Notifications.error(ex.getMessage());
                    }
                    reload();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(translate("common.cancel"));
        dialog.open();
    }

    private void act(Supplier<ArticleSummary> action, String message) {
        try {
            action.get();
            Notifications.success(message);
        } catch (ValidationException | ItemNotFoundException | ConcurrentEditException e) {
            Notifications.error(e.getMessage());
        }
        reload();
    }

    private void reload() {
        if (detail != null) {
            show(articles.get(detail.summary().id()));
        }
    }
}
