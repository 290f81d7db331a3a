package org.factline.claim;

import org.factline.article.ArticleReprocessed;
import org.factline.article.ArticleService;
import org.factline.article.PassageAnchor;
import org.factline.article.PassageLocation;
import org.factline.claim.domain.Appearance;
import org.factline.claim.domain.AppearanceRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an article's text changes (re-processed from its original), every claim passage in it is
 * looked for again by its quote and surrounding text: found passages take their new position, and
 * ones that can't be found are flagged "anchor lost" on the claim — never silently dropped. Runs
 * in the re-processing transaction, so text and anchors change together.
 */
@Component
class AnchorRelocation {

    private final AppearanceRepository appearances;
    private final ArticleService articles;

    AnchorRelocation(AppearanceRepository appearances, ArticleService articles) {
        this.appearances = appearances;
        this.articles = articles;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ArticleReprocessed reprocessed) {
        for (Appearance a : appearances.findByArticleId(reprocessed.articleId())) {
            PassageLocation at = articles.locatePassage(
                    reprocessed.articleId(),
                    new PassageAnchor(a.getQuote(), a.getStart(), a.getEnd(), a.getPrefix(), a.getSuffix()));
            if (at.found()) {
                a.relocate(at.start(), at.end());
            } else {
                a.loseAnchor();
            }
        }
    }
}
