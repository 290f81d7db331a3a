package org.factline.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.search.RebuildProgress;
import org.factline.search.SearchIndexService;
import org.factline.search.SearchSort;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchViewsTest extends AbstractAppTest {

    @Autowired
    ArticleImportService imports;

    @Autowired
    ClaimService claims;

    @Autowired
    SearchIndexService index;

    String marker;
    long claimId;

    @BeforeEach
    void content() {
        login(user("ui-searcher", Role.FACT_CHECKER));
        marker = marker("sv");
        imports.importPaste(
                "Licences for accelerators", marker + " Exports of accelerators need a licence.", PasteFormat.TEXT);
        claimId = claims.create(new NewClaim(
                        marker + " Accelerator exports need a licence from April",
                        "Commerce Department",
                        null,
                        Set.of("chips")))
                .id();
    }

    private void search(String q) {
        UI.getCurrent().navigate("search", QueryParameters.of("q", q));
    }

    private List<Div> cards() {
        return _find(Div.class, spec -> spec.withClasses("search-hit"));
    }

    private String url() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void query_results_facet_chip_and_open() {
        search(marker + " licence");
        assertThat(cards()).hasSize(2);
        var view = _get(SearchView.class);
        assertThat(view.summary.getText()).startsWith("2 results");
        view.loadFacets(); // the browser asks for them once the results are shown

        _click(_get(view.facets, Button.class, spec -> spec.withText("Claim")));
        assertThat(url()).contains("type%3Aclaim");
        assertThat(cards()).hasSize(1);
        var title = _get(cards().getFirst(), Anchor.class, spec -> spec.withClasses("search-hit-title"));
        assertThat(title.getHref()).isEqualTo("claims/" + claimId);
        assertThat(title.getElement().getProperty("innerHTML")).contains("<mark>licence</mark>");

        _click(_get(_get(SearchView.class).chips, Button.class));
        assertThat(url()).doesNotContain("type");
        assertThat(cards()).hasSize(2);

        UI.getCurrent().navigate(title.getHref());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("claims/" + claimId);
    }

    @Test
    void sorting_is_kept_in_the_url_and_the_box_searches_on_enter() {
        search(marker);
        var view = _get(SearchView.class);
        _setValue(view.sort, SearchSort.NEWEST);
        assertThat(url()).contains("sort=newest");

        _setValue(_get(SearchView.class).box, marker + " commerce");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(url()).contains("commerce").contains("sort=newest");
        assertThat(cards()).hasSize(1);
    }

    @Test
    void a_typo_tolerant_search_marks_the_matched_word_and_offers_the_corrected_search() {
        search(marker + " acelerator");
        var view = _get(SearchView.class);
        assertThat(view.didYouMean).isNotNull();
        assertThat(view.didYouMean.getText()).isEqualTo("Did you mean " + marker + " Accelerator?");
        assertThat(view.didYouMean.getHref()).startsWith("search?q=").contains("Accelerator");
        assertThat(cards())
                .extracting(c -> _get(c, Anchor.class, spec -> spec.withClasses("search-hit-title"))
                        .getElement()
                        .getProperty("innerHTML"))
                .anySatisfy(html -> assertThat(html).contains("<mark>Accelerator</mark>"));

        search(marker + " Accelerator");
        assertThat(_get(SearchView.class).didYouMean)
                .as("found as written: nothing to suggest")
                .isNull();
    }

    @Test
    void bad_syntax_shows_a_message_and_nothing_found_shows_an_empty_state() {
        search(marker + " \"licence");
        assertThat(_find(Div.class, spec -> spec.withClasses("search-warning")))
                .singleElement()
                .satisfies(w -> assertThat(w.getElement().getTextRecursively()).contains("closing quote"));
        assertThat(cards()).hasSize(2);

        search(marker + " nonexistentwordzz");
        assertThat(cards()).isEmpty();
        assertThat(_get(SearchView.class).getElement().getTextRecursively()).contains("No results for");

        search("nonexistentwordzz ".repeat(300)); // 5,400 characters
        assertThat(cards()).isEmpty();
        assertThat(_get(SearchView.class).getElement().getTextRecursively())
                .contains("No results for")
                .hasSizeLessThan(2_000);

        search("");
        assertThat(_get(SearchView.class).getElement().getTextRecursively()).contains("Search everything");
    }

    @Test
    void the_header_box_suggests_titles_as_you_type() {
        var header = _get(TextField.class, spec -> spec.withClasses("global-search"));
        _setValue(header, marker + " accel");
        var list = _get(Div.class, spec -> spec.withClasses("search-suggestions"));
        var links = list.getChildren()
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .toList();
        assertThat(links).extracting(Anchor::getHref).contains("claims/" + claimId);
    }

    @Test
    void admins_see_the_index_state_and_rebuild_it() {
        assertThatThrownBy(() -> UI.getCurrent().navigate(SearchIndexView.class))
                .isInstanceOf(MockAccessDeniedException.class);

        login(ADMIN);
        UI.getCurrent().navigate(SearchIndexView.class);
        var view = _get(SearchIndexView.class);
        assertThat(view.grid.getGenericDataView().getItems().map(t -> t.type()))
                .contains("Article", "Claim", "UserAccount");

        _click(view.rebuild);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread() // the admin's sign-in is bound to this thread
                .until(() -> index.progress().state(), state -> state == RebuildProgress.State.DONE);
        view.refresh();
        assertThat(view.state.getText()).contains("Last rebuild by admin");
        assertThat(view.rebuild.isEnabled()).isTrue();
    }

    @Test
    void anonymous_visitors_are_sent_to_login() {
        assertSentToLogin("search");
    }
}
