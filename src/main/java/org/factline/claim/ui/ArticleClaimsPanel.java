package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.factline.article.ArticleDetail;
import org.factline.article.ui.ReaderPanel;
import org.factline.base.ui.Notifications;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimSummary;
import org.factline.search.SearchService;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** In the article reader: "Create claim" from the selected passage, and the claims already found here. */
@Component
class ArticleClaimsPanel implements ReaderPanel {

    private final ClaimService claims;
    private final SearchService search;

    ArticleClaimsPanel(ClaimService claims, SearchService search) {
        this.search = search;
        this.claims = claims;
    }

    @Override
    public com.vaadin.flow.component.Component create(ArticleDetail article, SelectionReader selection) {
        long articleId = article.summary().id();
        var create = new Button(
                translate("reader.create-claim"),
                VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                e -> selection.read((text, offset) -> {
                    if (text == null || text.isBlank()) {
                        Notifications.info(translate("reader.select-first"));
                    } else {
                        new NewClaimDialog(claims, search, articleId, text.strip(), offset).open();
                    }
                }));
        create.addClassName("create-claim");
        var panel = new Div(create);
        panel.addClassName("reader-claims");
        var found = claims.find(new ClaimFilter(null, null, null, articleId), 0, 50, Sort.unsorted());
        if (!found.isEmpty()) {
            var all = new Anchor("claims?article=" + articleId, translate("reader.claims.open"));
            var list = new Div(new Span(translate("reader.claims.found")), all);
            for (ClaimSummary c : found) {
                list.add(new Div(
                        new Anchor("claims/" + c.id(), c.text()),
                        new Span(" · " + org.factline.base.ui.EnumTexts.of(c.status()))));
            }
            panel.add(list);
        }
        return panel;
    }
}
