package org.factline.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.ui.ArticleReaderView;
import org.factline.base.ui.NotFoundView;
import org.factline.claim.ClaimService;
import org.factline.claim.DuplicateMerges;
import org.factline.claim.MergeFixtures;
import org.factline.claim.MergeUndoPlan;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MergePanelTest extends AbstractAppTest {

    @Autowired
    ArticleImportService imports;

    @Autowired
    ClaimService claims;

    @Autowired
    ArticleService articles;

    @Autowired
    DuplicateMerges merges;

    @Test
    void an_editor_merges_a_copy_from_its_reader_after_confirming_and_undoes_it() {
        login(user("merge-ui-editor", Role.EDITOR));
        var pair = MergeFixtures.pair(imports, claims, marker("mgui"));
        String original = articles.get(pair.original()).summary().title();
        UI.getCurrent().navigate("articles/" + pair.copy());

        _click(_get(Button.class, spec -> spec.withText("Merge into \u201c" + original + "\u201d")));
        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).contains("into \u201c" + original + "\u201d?");
        assertThat(confirm.getElement().getProperty("message"))
                .contains("2 claim appearances move from this copy")
                .contains("1 of them is not in the original's text")
                .contains("1 claim appearance is already at the same passage")
                .contains("archived with a link to the original");
        assertThat(articles.get(pair.copy()).summary().mergedInto())
                .as("nothing before confirming")
                .isNull();
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Merged into \u201c" + original + "\u201d: 2 claim appearances moved.");
        var banner = _get(Div.class, spec -> spec.withClasses("merged-into"));
        assertThat(banner.getElement().getTextRecursively()).contains("This copy was merged into");
        assertThat(_get(banner, Anchor.class, spec -> spec.withText("\u201c" + original + "\u201d"))
                        .getHref())
                .isEqualTo("articles/" + pair.original());
        assertThat(_find(Button.class, spec -> spec.withText("Restore")))
                .as("a merged copy comes back through the undo")
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Undo merge")));
        var undo = _get(ConfirmDialog.class);
        assertThat(undo.getElement().getProperty("message"))
                .contains("Merged into \u201c" + original + "\u201d by merge-ui-editor")
                .contains("2 claim appearances go back to their place in this copy");
        ConfirmDialogKt._fireConfirm(undo);

        NotificationsKt.expectNotifications("Merge undone: 2 claim appearances back in the copy.");
        assertThat(_find(Div.class, spec -> spec.withClasses("merged-into"))).isEmpty();
        assertThat(articles.get(pair.copy()).summary().mergedInto()).isNull();
        _get(Button.class, spec -> spec.withText("Merge into \u201c" + original + "\u201d"));
    }

    @Test
    void an_open_reader_of_the_copy_shows_a_merge_someone_else_made() {
        login(user("merge-ui-editor", Role.EDITOR));
        var pair = MergeFixtures.pair(imports, claims, marker("mgui"));
        UI.getCurrent().navigate("articles/" + pair.copy());
        assertThat(_find(Div.class, spec -> spec.withClasses("merged-into"))).isEmpty();

        signIn(user("merge-ui-other", Role.EDITOR));
        merges.merge(
                pair.copy(),
                pair.original(),
                articles.get(pair.copy()).summary().version());

        awaitUi(() -> assertThat(_find(Div.class, spec -> spec.withClasses("merged-into")))
                .hasSize(1));
    }

    @Test
    void a_fact_checker_sees_no_merge_button_and_not_the_merged_copy() {
        login(user("merge-ui-checker", Role.FACT_CHECKER));
        var pair = MergeFixtures.pair(imports, claims, marker("mgui"));
        String original = articles.get(pair.original()).summary().title();
        UI.getCurrent().navigate("articles/" + pair.copy());
        _get(ArticleReaderView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Keep as separate article")))
                .hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withClasses("merge-copy"))).isEmpty();

        signIn(user("merge-ui-editor", Role.EDITOR));
        merges.merge(
                pair.copy(),
                pair.original(),
                articles.get(pair.copy()).summary().version());
        login(user("merge-ui-checker", Role.FACT_CHECKER));
        UI.getCurrent().navigate("articles/" + pair.copy());
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .contains("This article was merged into \u201c" + original + "\u201d; its claims are there now.");
        assertThat(_find(Button.class, spec -> spec.withText("Undo merge"))).isEmpty();
    }

    @Test
    void the_undo_confirmation_says_what_changed_since_the_merge() {
        var plan = new MergeUndoPlan(1, "Copy", 2, "Original", "ed", Instant.parse("2026-03-01T10:00:00Z"), 3, 1, 1, 2);
        assertThat(MergePanel.undoText(plan))
                .contains("3 claim appearances go back to their place in this copy")
                .contains("1 of them was re-anchored on the original since the merge; back in the copy all the same.")
                .contains("1 claim appearance the merge moved is gone since and can't come back.")
                .contains("2 claim appearances added to the original after the merge stay with it.");
    }
}
