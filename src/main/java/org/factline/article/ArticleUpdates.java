package org.factline.article;

import java.time.Clock;
import java.util.Map;
import org.factline.article.ArticleImports.Provenance;
import org.factline.article.domain.Article;
import org.factline.article.domain.ArticleOriginal;
import org.factline.article.domain.ArticleOriginalRepository;
import org.factline.article.domain.ArticleRepository;
import org.factline.article.domain.ArticleStatus;
import org.factline.article.domain.ArticleVersion;
import org.factline.article.domain.ArticleVersionRepository;
import org.factline.article.extract.ExtractedArticle;
import org.factline.audit.AuditRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Articles that change: a fetch of an address imported before either finds the same words
 * ("unchanged") or gives the article its next version. The article row always shows the latest
 * version; corrected metadata stays. Runs inside the caller's transaction.
 */
@Component
class ArticleUpdates {

    private final ArticleRepository articles;
    private final ArticleOriginalRepository originals;
    private final ArticleVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleUpdates(
            ArticleRepository articles,
            ArticleOriginalRepository originals,
            ArticleVersionRepository versions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.originals = originals;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps the article's current text as its next version (1 at import); returns its number. */
    int recordVersion(Article article, String user, @Nullable String mediaType) {
        long id = article.getId() == null ? 0 : article.getId();
        int number = versions.latestNumber(id) + 1;
        versions.save(
                new ArticleVersion(id, number, article, clock.instant(), ArticleImports.clip(user, 40), mediaType));
        return number;
    }

    /** A new fetch of {@code article}'s address: unchanged, a duplicate of another article, or its next version. */
    ImportOutcome update(String item, Article article, ExtractedArticle extracted, Provenance source, byte[] original) {
        long id = article.getId() == null ? 0 : article.getId();
        String text = extracted.text();
        String hash = ArticleImports.contentHash(text);
        if (article.getStatus() == ArticleStatus.ARCHIVED) {
            return outcome(
                    ImportOutcome.Status.DUPLICATE,
                    item,
                    article,
                    "Already imported as \u201c" + article.getTitle() + "\u201d (archived; an editor can restore it).");
        }
        if (hash.equals(article.getContentHash())) {
            return outcome(
                    ImportOutcome.Status.UNCHANGED,
                    item,
                    article,
                    "Unchanged: \u201c" + article.getTitle() + "\u201d still reads as version "
                            + versions.latestNumber(id) + ".");
        }
        var other = articles.findByContentHash(hash);
        if (other.isPresent()) {
            return outcome(
                    ImportOutcome.Status.DUPLICATE,
                    item,
                    other.get(),
                    "The new text reads exactly like \u201c" + other.get().getTitle() + "\u201d; nothing changed.");
        }
        int wordsBefore = article.getWordCount();
        int[] signature = NearDuplicates.signature(text);
        article.replaceBody(
                ArticleImports.clip(text, Article.TEXT_MAX_LENGTH),
                ArticleImports.clip(extracted.safeHtml(), Article.HTML_MAX_LENGTH),
                extracted.format(),
                hash,
                NearDuplicates.encode(signature));
        articles.saveAndFlush(article);
        articles.removeLshKeys(id);
        NearDuplicates.lshKeys(signature).stream().distinct().forEach(key -> articles.addLshKey(key, id));
        var kept = originals.findById(id).orElse(null);
        originals.save(new ArticleOriginal(
                id,
                kept == null ? ArticleImports.clip(source.name(), 500) : kept.getFileName(),
                ArticleImports.clip(source.mediaType(), 200),
                original));
        int number = recordVersion(article, source.user(), source.mediaType());
        events.publishEvent(new AuditRecord(
                source.user(),
                "article.updated",
                "article",
                String.valueOf(id),
                "Fetched \u201c" + article.getTitle() + "\u201d again: version " + number,
                Map.of("words", wordsBefore, "version", number - 1),
                Map.of("words", article.getWordCount(), "version", number)));
        events.publishEvent(new ArticleUpdated(id, number));
        return outcome(
                ImportOutcome.Status.UPDATED,
                item,
                article,
                "Updated: \u201c" + article.getTitle() + "\u201d now reads as version " + number + ".");
    }

    private static ImportOutcome outcome(ImportOutcome.Status status, String item, Article article, String message) {
        return new ImportOutcome(status, item, article.getId(), article.getTitle(), message, null, null, null);
    }
}
