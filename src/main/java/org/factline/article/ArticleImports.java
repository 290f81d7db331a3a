package org.factline.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factline.article.domain.Article;
import org.factline.article.domain.ArticleContent;
import org.factline.article.domain.ArticleOriginal;
import org.factline.article.domain.ArticleOriginalRepository;
import org.factline.article.domain.ArticleRepository;
import org.factline.article.domain.ArticleSignature;
import org.factline.article.domain.ArticleStatus;
import org.factline.article.domain.SourceKind;
import org.factline.article.extract.ExtractedArticle;
import org.factline.audit.AuditRecord;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores an extracted article with its provenance and original bytes in one transaction, after
 * the duplicate checks: exact copies are refused, near-copies are stored and flagged, and a new
 * fetch of an article address imported before updates that article ({@link ArticleUpdates}).
 */
@Component
class ArticleImports {

    record Provenance(
            SourceKind kind,
            @Nullable String name,
            @Nullable String url,
            @Nullable String mediaType,
            String user) {}

    private final ArticleRepository articles;
    private final ArticleOriginalRepository originals;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final ArticleUpdates updates;

    ArticleImports(
            ArticleRepository articles,
            ArticleOriginalRepository originals,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            ArticleUpdates updates) {
        this.updates = updates;
        this.articles = articles;
        this.originals = originals;
        this.events = events;
        this.tx = new TransactionTemplate(transactionManager);
    }

    ImportOutcome store(
            String item,
            ExtractedArticle extracted,
            @Nullable String titleOverride,
            Provenance source,
            byte[] original) {
        String text = extracted.text();
        if (text.isBlank()) {
            return ImportOutcome.failed(item, "No readable text found.");
        }
        String hash = contentHash(text);
        String title = firstNonBlank(titleOverride, extracted.title(), firstWords(text));
        try {
            return tx.execute(status -> earlierFetch(extracted.canonicalUrl(), source)
                    .map(earlier -> earlier.getMergedIntoId() != null
                            ? duplicate(item, earlier, MERGED)
                            : updates.update(item, earlier, extracted, source, original))
                    .orElseGet(() -> articles.findByContentHash(hash)
                            .map(existing -> duplicate(
                                    item,
                                    existing,
                                    existing.getMergedIntoId() != null
                                            ? MERGED
                                            : existing.getStatus() == ArticleStatus.ARCHIVED
                                                    ? " (archived; an editor can restore it)"
                                                    : ""))
                            .orElseGet(() -> insert(item, extracted, title, hash, source, original))));
        } catch (DataIntegrityViolationException sameTextAtTheSameMoment) {
            // the unique index on the content hash let the other of two identical imports win
            return articles.findByContentHash(hash)
                    .map(a -> duplicate(item, a, ""))
                    .orElseThrow(() -> sameTextAtTheSameMoment);
        }
    }

    /**
     * A new fetch of the address {@code articleId} was imported from ("check for update"):
     * unchanged, or its next version.
     */
    ImportOutcome storeVersion(
            String item, long articleId, ExtractedArticle extracted, Provenance source, byte[] original) {
        if (extracted.text().isBlank()) {
            return ImportOutcome.failed(item, "The page has no readable text now; the article stays as it was.");
        }
        try {
            return tx.execute(status -> articles.findById(articleId)
                    .map(article -> updates.update(item, article, extracted, source, original))
                    .orElseGet(() -> ImportOutcome.failed(item, "There is no such article.")));
        } catch (DataIntegrityViolationException sameTextAtTheSameMoment) {
            return ImportOutcome.failed(item, "Another import stored this text at the same moment; try again.");
        }
    }

    /** The web address a URL-imported article was fetched from, to fetch it again. */
    String fetchedAddress(long articleId) {
        Article article =
                articles.findById(articleId).orElseThrow(() -> new ItemNotFoundException("There is no such article."));
        if (!article.getSourceKind().fetched() || article.getSourceUrl() == null) {
            throw new ValidationException("Only articles imported from a web address can be checked for an update;"
                    + " this one was " + (article.getSourceKind() == SourceKind.UPLOAD ? "uploaded" : "pasted") + ".");
        }
        return article.getSourceUrl();
    }

    /**
     * The article imported before from the same article address (the page's canonical one, only
     * when it can't be a home or section page), or else fetched from the same address: a new
     * fetch of it is an update, not a new article.
     */
    private static final String MERGED = " (merged into another article, where its claims are now)";

    private Optional<Article> earlierFetch(@Nullable String canonicalUrl, Provenance source) {
        return (articleLike(canonicalUrl) ? articles.findFirstByCanonicalUrl(canonicalUrl) : Optional.<Article>empty())
                .or(() -> source.kind().fetched() && source.url() != null
                        ? articles.findFirstBySourceKindInAndSourceUrlOrderByIdAsc(
                                List.of(SourceKind.URL, SourceKind.FEED), source.url())
                        : Optional.empty());
    }

    private static ImportOutcome duplicate(String item, Article existing, String where) {
        return new ImportOutcome(
                ImportOutcome.Status.DUPLICATE,
                item,
                existing.getId(),
                existing.getTitle(),
                "Already imported as \u201c" + existing.getTitle() + "\u201d" + where + ".",
                null,
                null,
                null);
    }

    /** Stores the article flagged against its most similar earlier one, with its LSH keys and original. */
    private ImportOutcome insert(
            String item, ExtractedArticle extracted, String title, String hash, Provenance source, byte[] original) {
        int[] signature = NearDuplicates.signature(extracted.text());
        var content = content(extracted, title);
        var article = new Article(
                content,
                source.kind(),
                clip(source.name(), 500),
                clip(source.url(), Article.URL_MAX_LENGTH),
                hash,
                NearDuplicates.encode(signature),
                source.user());
        var lshKeys = NearDuplicates.lshKeys(signature);
        Similar similar = mostSimilar(signature, lshKeys);
        if (similar != null) {
            article.markPossibleDuplicate(similar.id(), similar.similarity());
        }
        articles.saveAndFlush(article);
        long id = article.getId() == null ? 0 : article.getId();
        lshKeys.stream().distinct().forEach(key -> articles.addLshKey(key, id));
        originals.save(new ArticleOriginal(id, clip(source.name(), 500), clip(source.mediaType(), 200), original));
        updates.recordVersion(article, source.user(), source.mediaType());
        announce(id, content.title(), source, article.getWordCount());
        return new ImportOutcome(
                ImportOutcome.Status.IMPORTED,
                item,
                id,
                content.title(),
                similar == null ? "Imported." : "Imported; it looks like a copy of another article.",
                similar == null ? null : similar.id(),
                similar == null ? null : similar.title(),
                similar == null ? null : similar.similarity());
    }

    /** Extracted fields cut to the column sizes, so a long page never fails the import. */
    private static ArticleContent content(ExtractedArticle extracted, String title) {
        return new ArticleContent(
                clip(title, Article.TITLE_MAX_LENGTH),
                clip(extracted.byline(), Article.BYLINE_MAX_LENGTH),
                clip(extracted.siteName(), Article.SITE_MAX_LENGTH),
                extracted.published(),
                clip(extracted.lang(), 20),
                clip(extracted.canonicalUrl(), Article.URL_MAX_LENGTH),
                extracted.format(),
                clip(extracted.text(), Article.TEXT_MAX_LENGTH),
                clip(extracted.safeHtml(), Article.HTML_MAX_LENGTH));
    }

    /** The audit record commits with the article; {@link ArticleImported} starts the follow-up work. */
    private void announce(long id, String title, Provenance source, int wordCount) {
        events.publishEvent(new AuditRecord(
                source.user(),
                "article.imported",
                "article",
                String.valueOf(id),
                "Imported \u201c" + title + "\u201d (" + source.kind().label().toLowerCase(Locale.ROOT) + ")",
                null,
                Map.of("source", source.name() == null ? "" : source.name(), "words", wordCount)));
        events.publishEvent(new ArticleImported(id));
    }

    private record Similar(long id, String title, double similarity) {}

    private @Nullable Similar mostSimilar(int[] signature, List<Long> lshKeys) {
        var candidates = articles.findLshCandidates(lshKeys);
        if (candidates.isEmpty()) {
            return null;
        }
        Similar best = null;
        for (ArticleSignature other : articles.findSignatures(candidates)) {
            double similarity = NearDuplicates.similarity(signature, NearDuplicates.decode(other.minhash()));
            if (similarity >= NearDuplicates.THRESHOLD && (best == null || similarity > best.similarity())) {
                best = new Similar(other.id(), other.title(), similarity);
            }
        }
        return best;
    }

    /**
     * A canonical address only identifies an article when it points below the site root: many
     * sites put their home or section page there.
     */
    static boolean articleLike(@Nullable String url) {
        if (url == null) {
            return false;
        }
        try {
            String path = URI.create(url).getPath();
            return path != null && path.replaceAll("/+$", "").length() >= 8;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Same words in the same order = same article, whatever the spacing, case or punctuation. */
    static String contentHash(String text) {
        String normalized = String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .strip();
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstWords(String text) {
        String first = text.strip().split("\\R", 2)[0];
        String[] words = first.split("\\s+");
        return words.length <= 12 ? first : String.join(" ", Arrays.copyOf(words, 12)) + "…";
    }

    private static String firstNonBlank(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "Untitled";
    }

    static @Nullable String clip(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
