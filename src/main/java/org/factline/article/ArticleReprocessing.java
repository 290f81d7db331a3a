package org.factline.article;

import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.factline.article.domain.Article;
import org.factline.article.domain.ArticleOriginal;
import org.factline.article.domain.ArticleOriginalRepository;
import org.factline.article.domain.ArticleRepository;
import org.factline.article.domain.SourceKind;
import org.factline.article.extract.ArticleExtractor;
import org.factline.article.extract.ExtractedArticle;
import org.factline.article.extract.ExtractionException;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs today's extraction again on the bytes kept from an import (editors), e.g. after the
 * extractor improved. The text, HTML and duplicate fingerprints are replaced; metadata people
 * corrected stays. Claims anchored in the article find their passages again (or are flagged).
 */
@Service
@Transactional
@RolesAllowed(AppRoles.EDITOR)
public class ArticleReprocessing {

    /** What re-processing did. */
    public enum Result {
        UNCHANGED,
        UPDATED
    }

    private final ArticleRepository articles;
    private final ArticleOriginalRepository originals;
    private final ArticleExtractor extractor;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ArticleUpdates updates;

    ArticleReprocessing(
            ArticleRepository articles,
            ArticleOriginalRepository originals,
            ArticleExtractor extractor,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            ArticleUpdates updates) {
        this.updates = updates;
        this.articles = articles;
        this.originals = originals;
        this.extractor = extractor;
        this.currentUser = currentUser;
        this.events = events;
    }

    public Result reprocess(long id, long expectedVersion) {
        Article article =
                articles.findById(id).orElseThrow(() -> new ItemNotFoundException("There is no such article."));
        if (article.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This article");
        }
        ArticleOriginal original = originals
                .findById(id)
                .orElseThrow(() -> new ValidationException("No original was kept for this article."));
        ExtractedArticle extracted;
        try {
            extracted = extract(original, article);
        } catch (ExtractionException e) {
            throw new ValidationException("The original could not be processed again: " + e.getMessage());
        }
        String text = extracted.text();
        if (text.isBlank()) {
            throw new ValidationException("Processing the original again finds no readable text; nothing changed.");
        }
        String hash = ArticleImports.contentHash(text);
        if (hash.equals(article.getContentHash())) {
            return Result.UNCHANGED;
        }
        articles.findByContentHash(hash).ifPresent(other -> {
            throw new ValidationException(
                    "Processed again, this article reads exactly like \u201c" + other.getTitle() + "\u201d.");
        });
        int[] signature = NearDuplicates.signature(text);
        int wordsBefore = article.getWordCount();
        article.replaceBody(
                clip(text, Article.TEXT_MAX_LENGTH),
                clip(extracted.safeHtml(), Article.HTML_MAX_LENGTH),
                extracted.format(),
                hash,
                NearDuplicates.encode(signature));
        articles.saveAndFlush(article);
        // the article row shows the latest version: a new extraction is one
        updates.recordVersion(article, currentUser.actorName(), original.getMediaType());
        articles.removeLshKeys(id);
        NearDuplicates.lshKeys(signature).stream().distinct().forEach(key -> articles.addLshKey(key, id));
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                "article.reprocessed",
                "article",
                String.valueOf(id),
                "Processed \u201c" + article.getTitle() + "\u201d again from its original",
                Map.of("words", wordsBefore),
                Map.of("words", article.getWordCount())));
        events.publishEvent(new ArticleReprocessed(id));
        return Result.UPDATED;
    }

    /** The original through the same route as at its import. */
    private ExtractedArticle extract(ArticleOriginal original, Article article) throws ExtractionException {
        String type =
                original.getMediaType() == null ? "" : original.getMediaType().toLowerCase(Locale.ROOT);
        byte[] bytes = original.getBytes();
        String sourceUrl = article.getSourceUrl();
        if (article.getSourceKind() == SourceKind.PASTE || original.getFileName() == null) {
            return ArticleImportService.extractPasted(
                    extractor, new String(bytes, StandardCharsets.UTF_8), PasteFormat.ofMediaType(type), sourceUrl);
        }
        String name = article.getSourceKind().fetched()
                ? fetchedFileName(original.getFileName(), type)
                : original.getFileName();
        return extractor.extract(name, bytes, sourceUrl, UrlFetcher.charsetOf(type));
    }

    private static String fetchedFileName(String address, String type) {
        try {
            return ArticleImportService.fetchedFileName(URI.create(address), type);
        } catch (IllegalArgumentException notAnAddress) {
            return address;
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
