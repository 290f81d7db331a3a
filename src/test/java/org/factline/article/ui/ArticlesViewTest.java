package org.factline.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleFilter;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.ImportOutcome;
import org.factline.article.MetadataEdit;
import org.factline.article.PasteFormat;
import org.factline.article.domain.ArticleStatus;
import org.factline.base.ui.NotFoundView;
import org.factline.claim.ClaimService;
import org.factline.claim.DuplicateMerges;
import org.factline.claim.MergeFixtures;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

class ArticlesViewTest extends AbstractAppTest {

    @Autowired
    ArticleService articles;

    @Test
    void a_fact_checker_pastes_an_article_and_reads_it() {
        login(user("ui-checker", Role.FACT_CHECKER));
        UI.getCurrent().navigate(ArticlesView.class);
        var view = _get(ArticlesView.class);
        String title = unique("Pasted in the UI");

        view.openImport();
        var dialog = _get(ImportDialog.class);
        _setValue(dialog.pasteTitle, title);
        _setValue(
                dialog.pasteContent,
                "Officials in Beijing said on Friday that the new rules would not affect foreign "
                        + "companies already operating data centres in the country, according to a statement.");
        _click(dialog.pasteImport);

        ImportOutcome outcome = dialog.results.outcomes().getFirst();
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(dialog.pasteContent.getValue())
                .as("cleared for the next one")
                .isEmpty();
        _setValue(view.text, title);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        UI.getCurrent().navigate("articles/" + outcome.articleId());
        _get(ArticleReaderView.class);
        assertThat(_get(H1.class, spec -> spec.withClasses("reader-title")).getText())
                .isEqualTo(title);
        assertThat(_find(Button.class, spec -> spec.withText("Archive")))
                .as("only editors archive")
                .isEmpty();
    }

    @Test
    void the_export_menu_downloads_the_articles_shown_in_the_grids_order() throws Exception {
        login(user("ui-checker", Role.FACT_CHECKER));
        String publisher = unique("Export Wire");
        long second = paste("Beta " + publisher, publisher);
        long first = paste("Alpha " + publisher, publisher);
        UI.getCurrent().navigate(ArticlesView.class);
        var view = _get(ArticlesView.class);
        _setValue(view.publisher, publisher);
        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey("title")).build());

        var link = _get(Anchor.class, spec -> spec.withText("Articles as CSV"));
        var rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(DownloadKt._download(link), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).extracting(r -> Long.parseLong(r.get("id"))).containsExactly(first, second);

        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("title")).build());
        var json = new String(
                DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Articles as JSON"))),
                StandardCharsets.UTF_8);
        var array = JsonMapper.builder().build().readTree(json);
        assertThat(array.get(0).get("id").asLong()).isEqualTo(second);
        assertThat(array.get(1).get("id").asLong()).isEqualTo(first);
    }

    private long paste(String title, String publisher) {
        long id = importService
                .importPaste(
                        title,
                        "Trade officials said the new rules start in May, " + unique("report") + ".",
                        PasteFormat.TEXT)
                .articleId();
        var s = articles.get(id).summary();
        articles.updateMetadata(id, s.version(), new MetadataEdit(title, null, publisher, null, null, null));
        return id;
    }

    @Test
    void pasting_the_same_text_again_reports_the_duplicate_and_stores_nothing() {
        login(user("ui-checker", Role.FACT_CHECKER));
        UI.getCurrent().navigate(ArticlesView.class);
        String text = "The company denied the accusation in a short statement and said its model was trained "
                + "independently, " + unique("ref") + ".";
        _get(ArticlesView.class).openImport();
        var dialog = _get(ImportDialog.class);
        _setValue(dialog.pasteContent, text);
        _click(dialog.pasteImport);
        long count = articles.count(ArticleFilter.all());

        _setValue(dialog.pasteContent, text);
        _click(dialog.pasteImport);

        assertThat(dialog.results.outcomes().get(1).status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(dialog.results.outcomes().get(1).articleId())
                .isEqualTo(dialog.results.outcomes().get(0).articleId());
        assertThat(articles.count(ArticleFilter.all())).isEqualTo(count);
    }

    @Test
    void empty_paste_is_refused_with_a_message() {
        login(user("ui-checker", Role.FACT_CHECKER));
        UI.getCurrent().navigate(ArticlesView.class);
        _get(ArticlesView.class).openImport();
        var dialog = _get(ImportDialog.class);
        _click(dialog.pasteImport);
        assertThat(dialog.results.outcomes().getFirst().status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(dialog.results.outcomes().getFirst().message()).contains("Paste some text");
    }

    @Test
    void an_editor_archives_from_the_reader_after_confirming() {
        login(user("ui-editor", Role.EDITOR));
        var imported = importAs(unique("To archive"));
        UI.getCurrent().navigate("articles/" + imported.articleId());
        _click(_get(Button.class, spec -> spec.withText("Archive")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(articles.get(imported.articleId()).summary().status()).isEqualTo(ArticleStatus.ARCHIVED);
    }

    @Test
    void an_editor_processes_an_article_again_from_its_original_after_confirming() {
        login(user("ui-editor", Role.EDITOR));
        var imported = importAs(unique("To process again"));
        UI.getCurrent().navigate("articles/" + imported.articleId());
        _click(_get(Button.class, spec -> spec.withText("Process again")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications("Processed again: the text is the same.");

        login(user("ui-checker", Role.FACT_CHECKER));
        UI.getCurrent().navigate("articles/" + imported.articleId());
        assertThat(_find(Button.class, spec -> spec.withText("Process again")))
                .as("editors only")
                .isEmpty();
    }

    @Test
    void admins_without_editorial_roles_are_refused() {
        login(user("ui-pure-admin", Role.ADMIN));
        assertThatThrownBy(() -> UI.getCurrent().navigate(ArticlesView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void admins_without_editorial_roles_cannot_open_an_article() {
        login(user("ui-checker", Role.FACT_CHECKER));
        long id = importAs(unique("Not for pure admins")).articleId();

        login(user("ui-pure-admin", Role.ADMIN));
        assertDenied("articles/" + id);
    }

    @Autowired
    ArticleImportService importService;

    private ImportOutcome importAs(String title) {
        return importService.importPaste(
                title,
                "A statement long enough to be stored as the body of an article, about " + title
                        + ", published for this test.",
                PasteFormat.TEXT);
    }

    @Test
    void an_address_without_an_article_shows_the_not_found_page_with_the_reason() {
        login(user("ui-checker", Role.FACT_CHECKER));
        UI.getCurrent().navigate("articles/" + Long.MAX_VALUE);
        assertThat(_find(ArticleReaderView.class)).isEmpty();
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .contains("This article no longer exists.");
        assertThat(_get(Anchor.class, spec -> spec.withText("All articles")).getHref())
                .isEqualTo("articles");

        UI.getCurrent().navigate("articles/not-a-number");
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .contains("There is no article at this address.");
    }

    @Test
    void an_archived_article_is_not_found_for_a_fact_checker_and_says_why() {
        login(user("ui-editor", Role.EDITOR));
        var imported = importAs(unique("Archived before reading"));
        var s = articles.get(imported.articleId()).summary();
        articles.archive(s.id(), s.version());
        login(user("ui-checker", Role.FACT_CHECKER));
        UI.getCurrent().navigate("articles/" + imported.articleId());
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .contains("This article has been archived.");
    }

    @Autowired
    ClaimService claims;

    @Autowired
    DuplicateMerges merges;

    @Test
    void a_merged_copy_is_badged_merged_among_the_archived() {
        login(user("ui-editor", Role.EDITOR));
        var pair = MergeFixtures.pair(importService, claims, marker("mglist"));
        merges.merge(
                pair.copy(),
                pair.original(),
                articles.get(pair.copy()).summary().version());
        UI.getCurrent().navigate(ArticlesView.class);
        var view = _get(ArticlesView.class);
        _setValue(view.text, articles.get(pair.copy()).summary().title());
        assertThat(GridKt._size(view.grid)).as("archived: hidden by default").isZero();
        _setValue(view.archived, true);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getCellComponent(view.grid, 0, "title").getElement().getTextRecursively())
                .contains("merged")
                .doesNotContain("possible duplicate");
    }
}
