package org.factline.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.claim.ClaimAssignments;
import org.factline.claim.ClaimOrder;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.note.EvidenceForms;
import org.factline.note.EvidenceService;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.vote.VoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The claims list: assignee and "needs my vote" filters, vote orders, the address, roles. */
class ClaimsViewTest extends AbstractAppTest {

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimAssignments assignments;

    @Autowired
    VoteService votes;

    @Autowired
    ArticleImportService imports;

    @Autowired
    EvidenceService evidence;

    @Test
    void the_list_narrows_to_one_article_from_the_reader_link_and_widens_again() {
        String tag = unique("ui-article");
        login(user("ui-list-checker", Role.FACT_CHECKER));
        long article = imports.importPaste(
                        tag + " story",
                        "Officials said exports of the " + tag + " accelerator would need a licence from April.",
                        PasteFormat.TEXT)
                .articleId();
        long inArticle = claims.createFromPassage(
                        new NewClaim("Licence from April " + tag, null, null, Set.of(tag)),
                        article,
                        "exports of the " + tag + " accelerator would need a licence",
                        -1)
                .id();
        long elsewhere = claims.create(new NewClaim("Elsewhere " + tag, null, null, Set.of(tag)))
                .id();

        UI.getCurrent().navigate("claims", QueryParameters.fromString("tag=" + tag + "&article=" + article));
        var view = _get(ClaimsView.class);
        assertThat(rows(view)).containsExactly(inArticle);
        assertThat(view.articleChip.isVisible()).isTrue();
        assertThat(view.articleChip.getElement().getTextRecursively()).contains(tag + " story");

        _click(_get(view.articleChip, Button.class));
        assertThat(view.articleChip.isVisible()).isFalse();
        assertThat(rows(view)).containsExactlyInAnyOrder(inArticle, elsewhere);

        // a broken address is ignored, not an error
        UI.getCurrent().navigate("claims", QueryParameters.fromString("tag=" + tag + "&article=abc"));
        assertThat(rows(_get(ClaimsView.class))).hasSize(2);
    }

    @Test
    void filters_and_orders_narrow_and_sort_the_list_and_come_back_from_the_address() {
        String me = user("ui-list-checker", Role.FACT_CHECKER);
        String tag = unique("ui-list");
        login(me);
        long quiet = claims.create(new NewClaim("Nobody voted " + tag, null, null, Set.of(tag)))
                .id();
        long disputed = claims.create(new NewClaim("True against false " + tag, null, null, Set.of(tag)))
                .id();
        long mine = claims.create(new NewClaim("Assigned to me " + tag, null, null, Set.of(tag)))
                .id();
        SystemAuthentication.runAs("ui-list-a", () -> votes.castVote(disputed, Verdict.TRUE, null));
        SystemAuthentication.runAs("ui-list-b", () -> votes.castVote(disputed, Verdict.FALSE, null));
        votes.castVote(mine, Verdict.MIXED, null);
        assignments.assign(mine, null, me);

        UI.getCurrent().navigate(ClaimsView.class, QueryParameters.of("tag", tag));
        var view = _get(ClaimsView.class);
        assertThat(rows(view)).containsExactly(mine, disputed, quiet);

        _setValue(view.order, ClaimOrder.MOST_VOTES);
        assertThat(rows(view)).containsExactly(disputed, mine, quiet);
        _setValue(view.order, ClaimOrder.MOST_DISPUTED);
        assertThat(rows(view)).containsExactly(disputed, mine, quiet);

        _setValue(view.needsMyVote, true);
        assertThat(rows(view)).containsExactly(disputed, quiet);
        _setValue(view.needsMyVote, false);

        _setValue(view.assignee, option(view, ClaimsListParameters.ME));
        assertThat(rows(view)).containsExactly(mine);
        _setValue(view.assignee, option(view, ClaimsListParameters.NOBODY));
        assertThat(rows(view)).containsExactly(disputed, quiet);

        // a shared link opens the same list
        UI.getCurrent().navigate("claims", QueryParameters.fromString("tag=" + tag + "&assignee=me&sort=most-votes"));
        view = _get(ClaimsView.class);
        assertThat(view.assignee.getValue().key()).isEqualTo(ClaimsListParameters.ME);
        assertThat(view.order.getValue()).isEqualTo(ClaimOrder.MOST_VOTES);
        assertThat(rows(view)).containsExactly(mine);
    }

    @Test
    void the_export_menu_downloads_the_claims_and_the_evidence_the_list_shows() throws Exception {
        String tag = unique("ui-export");
        login(user("ui-list-checker", Role.FACT_CHECKER));
        long shown = claims.create(new NewClaim("=1+1 exported claim " + tag, null, null, Set.of(tag)))
                .id();
        long filteredOut = claims.create(new NewClaim("Another claim " + tag, null, null, Set.of(tag)))
                .id();
        long item = evidence.add(
                        shown,
                        EvidenceForms.source(
                                "Ministry notice",
                                "https://gov.example/n",
                                SourceType.OFFICIAL_STATEMENT,
                                Stance.REFUTES),
                        null)
                .id();
        evidence.add(
                filteredOut,
                EvidenceForms.source("Other notice", "https://gov.example/m", SourceType.OTHER, Stance.CONTEXT),
                null);
        UI.getCurrent().navigate(ClaimsView.class, QueryParameters.of("tag", tag));
        var view = _get(ClaimsView.class);
        _setValue(view.text, "exported claim");
        assertThat(rows(view)).containsExactly(shown);

        var claimsCsv = csv(download("Claims as CSV"));
        assertThat(claimsCsv).hasSize(1);
        assertThat(claimsCsv.getFirst().get("id")).isEqualTo(String.valueOf(shown));
        assertThat(claimsCsv.getFirst().get("text")).isEqualTo("'=1+1 exported claim " + tag);
        var claimsJson = JsonMapper.builder().build().readTree(download("Claims as JSON"));
        assertThat(claimsJson.size()).isEqualTo(1);
        assertThat(claimsJson.get(0).get("text").asString()).isEqualTo("=1+1 exported claim " + tag);
        var evidenceCsv = csv(download("Evidence of these claims as CSV"));
        assertThat(evidenceCsv).extracting(r -> r.get("evidence_id")).containsExactly(String.valueOf(item));
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(download("Evidence of these claims as JSON"))
                        .size())
                .isEqualTo(1);
    }

    private static String download(String entry) {
        var link = _get(Anchor.class, spec -> spec.withText(entry));
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        return new String(DownloadKt._download(link), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void an_empty_needs_my_vote_list_says_so() {
        String tag = unique("ui-list-empty");
        login(user("ui-list-checker", Role.FACT_CHECKER));
        long only = claims.create(new NewClaim("Already voted " + tag, null, null, Set.of(tag)))
                .id();
        votes.castVote(only, Verdict.TRUE, null);

        UI.getCurrent().navigate("claims", QueryParameters.fromString("tag=" + tag + "&needs=vote"));
        var view = _get(ClaimsView.class);
        assertThat(view.needsMyVote.getValue()).isTrue();
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).startsWith("Nothing needs your vote");
    }

    @Test
    void admins_without_editorial_roles_cannot_open_the_claims_list() {
        login(user("ui-list-pure-admin", Role.ADMIN));
        assertThatThrownBy(() -> UI.getCurrent().navigate(ClaimsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private static List<Long> rows(ClaimsView view) {
        return IntStream.range(0, GridKt._size(view.grid))
                .mapToObj(i -> GridKt._get(view.grid, i).id())
                .toList();
    }

    private static ClaimsView.AssigneeOption option(ClaimsView view, String key) {
        return view.assignee
                .getGenericDataView()
                .getItems()
                .filter(o -> o.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
