package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.factline.article.ArticleDetail;
import org.factline.article.ui.ReaderPanel;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.Notifications;
import org.factline.claim.ClaimService;
import org.factline.claim.KnownClaim;
import org.factline.claim.KnownClaims;
import org.factline.claim.KnownClaimsInArticle;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the reader: the article's sentences that state a claim already in Factline, each marked
 * "already checked: verdict" (a verified claim, with a badge) or "already claimed", and "Add as
 * appearance" in one click. Says "looking for known claims…" until the background scan is done.
 */
@Component
@Order(15)
class KnownClaimsPanel implements ReaderPanel {

    private final KnownClaims known;
    private final ClaimService claims;
    private final Broadcaster broadcaster;

    KnownClaimsPanel(KnownClaims known, ClaimService claims, Broadcaster broadcaster) {
        this.known = known;
        this.claims = claims;
        this.broadcaster = broadcaster;
    }

    @Override
    public com.vaadin.flow.component.Component create(ArticleDetail article, SelectionReader selection) {
        return new KnownList(article.summary().id());
    }

    final class KnownList extends Aside {

        private final long articleId;
        final Div list = new Div();

        KnownList(long articleId) {
            this.articleId = articleId;
            addClassName("known-claims");
            add(new H3(translate("known-claims.title")), list);
            addAttachListener(attach -> {
                refresh();
                var subscription =
                        broadcaster.subscribe(KnownClaims.liveTopic(articleId), attach.getUI(), this::refresh);
                addDetachListener(detach -> {
                    subscription.remove();
                    detach.unregisterListener();
                });
            });
        }

        void refresh() {
            list.removeAll();
            KnownClaimsInArticle view = known.inArticle(articleId);
            if (!view.scanned()) {
                list.add(new Paragraph(translate("known-claims.looking")));
                return;
            }
            if (!view.byMeaning()) {
                list.add(new Paragraph(translate("known-claims.by-words")));
            }
            if (view.matches().isEmpty()) {
                list.add(new Paragraph(translate("known-claims.none")));
            }
            view.matches().forEach(m -> list.add(card(m)));
        }

        private Div card(KnownClaim match) {
            var sentence = new Paragraph(match.sentence());
            sentence.addClassName("known-claim-sentence");
            Span mark = match.verdict() != null
                    ? new Span(translate("known-claims.checked", EnumTexts.of(match.verdict())))
                    : new Span(translate("known-claims.claimed"));
            mark.addClassName("known-claim-mark");
            mark.getElement().getThemeList().add(match.verdict() != null ? "badge success" : "badge contrast");
            var claim = new Anchor("claims/" + match.claimId(), match.claimText());
            var card = new Div(mark, sentence, claim);
            card.addClassName("known-claim");
            if (match.appearance()) {
                card.add(new Span(translate("known-claims.added")));
            } else {
                var add = new Button(translate("known-claims.add"), e -> {
                    claims.addAppearance(match.claimId(), articleId, match.sentence(), -1);
                    Notifications.success(translate("known-claims.added"));
                    refresh();
                });
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add.addClassName("known-claim-add");
                card.add(add);
            }
            return card;
        }
    }
}
