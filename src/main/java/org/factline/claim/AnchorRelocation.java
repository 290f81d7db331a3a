package org.factline.claim;

import org.factline.article.ArticleReprocessed;
import org.factline.article.ArticleService;
import org.factline.article.ArticleUpdated;
import org.factline.article.PassageAnchor;
import org.factline.article.PassageLocation;
import org.factline.claim.domain.Appearance;
import org.factline.claim.domain.AppearanceRepository;
import org.factline.security.SystemAuthentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an article's text changes (re-processed from its original, or a new version fetched), every
 * claim passage in it is looked for again by its quote and surrounding text: found passages take
 * their new position, and ones that can't be found are flagged "changed in version N" on the
 * claim, with the text now in their place — never silently dropped. Runs
 * once the new text committed, in a transaction of its own, as the system; until then the claim
 * page shows the passages where they were (open pages redraw when the relocation commits), and a relocation that fails stays an incomplete event
 * publication to be delivered again (the text change stands either way).
 */
@Component
class AnchorRelocation {

    private final AppearanceRepository appearances;
    private final ArticleService articles;
    private final ApplicationEventPublisher events;

    AnchorRelocation(AppearanceRepository appearances, ArticleService articles, ApplicationEventPublisher events) {
        this.appearances = appearances;
        this.articles = articles;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ArticleReprocessed reprocessed) {
        relocate(reprocessed.articleId());
    }

    @ApplicationModuleListener
    void on(ArticleUpdated updated) {
        relocate(updated.articleId());
    }

    private void relocate(long articleId) {
        for (Appearance a : appearances.findByArticleId(articleId)) {
            var anchor = new PassageAnchor(a.getQuote(), a.getStart(), a.getEnd(), a.getPrefix(), a.getSuffix());
            PassageLocation at = SystemAuthentication.runAsSystem(() -> articles.locatePassage(articleId, anchor));
            if (at.found()) {
                a.relocate(at.start(), at.end());
            } else if (!a.isAnchorLost()) {
                // flagged in the first version that lost it; later versions don't move the flag
                a.loseAnchor(at.version(), at.nearestText());
            }
            // open pages of the claim redraw its passages once the new positions are committed
            events.publishEvent(new ClaimsChanged(a.getClaimId()));
        }
    }
}
