package org.factline.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.claim.AppearanceSummary;
import org.factline.claim.ClaimService;
import org.factline.claim.KnownClaims;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reader marks sentences that state known claims (real model, real index) and adds one as an appearance. */
class KnownClaimsPanelTest extends AbstractAppTest {

    @Autowired
    ArticleImportService imports;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    @Autowired
    KnownClaims known;

    private List<Div> cards() {
        return _find(_get(KnownClaimsPanel.KnownList.class).list, Div.class, spec -> spec.withClasses("known-claim"));
    }

    @Test
    void the_reader_marks_checked_and_claimed_sentences_and_adds_an_appearance_in_one_click() {
        String marker = marker("kc");
        login(user("kc-checker", Role.FACT_CHECKER));
        long checked = claims.create(new NewClaim(
                        "OpenAI says DeepSeek distilled its models from ChatGPT " + marker, null, null, Set.of()))
                .id();
        long claimed = claims.create(new NewClaim(
                        "Huawei's Ascend accelerators " + marker + " now power most new Chinese data centres",
                        null,
                        null,
                        Set.of()))
                .id();
        review.propose(checked, Verdict.MOSTLY_TRUE, "OpenAI said so in a statement.");
        login(user("kc-editor", Role.EDITOR));
        review.approve(checked, claims.get(checked).summary().version());
        awaitEvents();

        long articleId = imports.importPaste(
                        marker + " week in AI",
                        "The weather in Hangzhou was mild this week and the office was quiet.\n\n"
                                + "According to OpenAI, DeepSeek trained its models on ChatGPT's answers " + marker
                                + ".\n\nMost new data centres in China " + marker
                                + " now run on Huawei's Ascend chips, analysts said.",
                        PasteFormat.TEXT)
                .articleId();
        awaitEvents(); // the scan runs after the import committed

        assertThat(known.inArticle(articleId).scanned()).isTrue();
        UI.getCurrent().navigate("articles/" + articleId);
        var byClaim = cards().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        c -> _get(c, Anchor.class).getHref()));
        var checkedCard = byClaim.get("claims/" + checked).getFirst();
        assertThat(_get(checkedCard, Span.class, s -> s.withClasses("known-claim-mark"))
                        .getText())
                .isEqualTo("Already checked: Mostly true");
        var claimedCard = byClaim.get("claims/" + claimed).getFirst();
        assertThat(_get(claimedCard, Span.class, s -> s.withClasses("known-claim-mark"))
                        .getText())
                .isEqualTo("Already claimed");
        assertThat(cards()).noneMatch(c -> c.getText().contains("weather"));

        _click(_get(claimedCard, Button.class, s -> s.withText("Add as appearance")));
        assertThat(claims.get(claimed).appearances())
                .extracting(AppearanceSummary::articleId)
                .containsExactly(articleId);
        var after = cards().stream()
                .filter(c -> _get(c, Anchor.class).getHref().equals("claims/" + claimed))
                .findFirst()
                .orElseThrow();
        assertThat(_find(after, Button.class, s -> s.withText("Add as appearance")))
                .isEmpty();
    }
}
