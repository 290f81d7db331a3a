package org.factline.article;

import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.factline.article.ArticleImports.Provenance;
import org.factline.article.ImportMeters.Way;
import org.factline.article.domain.SourceKind;
import org.factline.article.extract.ArticleExtractor;
import org.factline.article.extract.ExtractedArticle;
import org.factline.article.extract.ExtractionException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Brings articles in: pasted text or HTML, uploaded files, pages fetched by URL. Every item ends
 * as imported, duplicate, updated (an address imported before, with new text: its next version),
 * unchanged or failed with a reason; a failure stores nothing.
 */
@Service
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ArticleImportService {

    static final int MAX_URLS_PER_BATCH = 500;

    /**
     * Web fetches running at once on this node, across all people's imports: a few large feed
     * imports must not tie up every connection (or hammer one site); the rest wait their turn.
     */
    static final int FETCHES_PER_NODE = 4;

    private final Semaphore fetchSlots = new Semaphore(FETCHES_PER_NODE, true);
    private static final Logger log = LoggerFactory.getLogger(ArticleImportService.class);
    private static final Pattern MARKUP = Pattern.compile("(?is)<(p|div|html|body|article|h[1-6]|br|span|a)\\b");

    private final ArticleExtractor extractor;
    private final ArticleImports imports;
    private final UrlFetcher fetcher;
    private final CurrentUser currentUser;
    private final ImportMeters meters;

    ArticleImportService(
            ArticleExtractor extractor,
            ArticleImports imports,
            ImportProperties properties,
            CurrentUser currentUser,
            ImportMeters meters) {
        this.meters = meters;
        this.extractor = extractor;
        this.imports = imports;
        this.fetcher = new UrlFetcher(properties);
        this.currentUser = currentUser;
    }

    public ImportOutcome importPaste(@Nullable String title, String content, PasteFormat format) {
        return meters.count(Way.PASTE, paste(title, content, format));
    }

    private ImportOutcome paste(@Nullable String title, String content, PasteFormat format) {
        String item = title == null || title.isBlank() ? "Pasted text" : title.strip();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (content.isBlank()) {
            return ImportOutcome.failed(item, "Paste some text or HTML first.");
        }
        if (bytes.length > extractor.maxBytes()) {
            return ImportOutcome.failed(item, "The pasted text is larger than the import limit.");
        }
        try {
            PasteFormat effective = format == PasteFormat.AUTO
                    ? (MARKUP.matcher(content).find() ? PasteFormat.HTML : PasteFormat.TEXT)
                    : format;
            ExtractedArticle extracted = extractPasted(extractor, content, effective, null);
            return imports.store(
                    item, extracted, title, provenance(SourceKind.PASTE, null, null, effective.mediaType()), bytes);
        } catch (ExtractionException e) {
            return ImportOutcome.failed(item, e.getMessage());
        } catch (RuntimeException e) {
            return unexpected(item, e);
        }
    }

    public ImportOutcome importFile(String fileName, byte[] bytes) {
        return meters.count(Way.UPLOAD, file(fileName, bytes));
    }

    private ImportOutcome file(String fileName, byte[] bytes) {
        try {
            ExtractedArticle extracted = extractor.extract(fileName, bytes, null);
            return imports.store(fileName, extracted, null, provenance(SourceKind.UPLOAD, fileName, null, null), bytes);
        } catch (ExtractionException e) {
            return ImportOutcome.failed(fileName, e.getMessage());
        } catch (RuntimeException e) {
            return unexpected(fileName, e);
        }
    }

    public ImportOutcome importUrl(String url) {
        return meters.count(Way.URL, url(url));
    }

    private ImportOutcome url(String url) {
        String item = url.strip();
        try {
            return importFetched(item, fetchInTurn(item));
        } catch (ExtractionException e) {
            return ImportOutcome.failed(item, e.getMessage());
        } catch (RuntimeException e) {
            return unexpected(item, e);
        }
    }

    /**
     * Fetches a URL-imported article's address again: "unchanged", its next version ("updated")
     * or "failed" with the reason (the article stays as it was).
     *
     * @throws ValidationException for an article that was not imported from a web address
     */
    public ImportOutcome checkForUpdate(long articleId) {
        String address = imports.fetchedAddress(articleId);
        try {
            var fetched = fetchInTurn(address);
            String name = fetchedFileName(fetched.finalUri(), fetched.contentType());
            ExtractedArticle extracted =
                    extractor.extract(name, fetched.body(), fetched.finalUri().toString(), fetched.charset());
            String finalAddress = fetched.finalUri().toString();
            return imports.storeVersion(
                    address,
                    articleId,
                    extracted,
                    provenance(SourceKind.URL, finalAddress, finalAddress, fetched.contentType()),
                    fetched.body());
        } catch (ExtractionException e) {
            return ImportOutcome.failed(address, "Could not fetch the article again: " + e.getMessage());
        } catch (RuntimeException e) {
            return unexpected(address, e);
        }
    }

    /**
     * Imports a list of web addresses in order; an RSS, Atom or JSON feed among them stands for all its
     * articles. Each item is reported as it finishes; {@code cancelled} is checked between items.
     */
    public void importUrls(List<String> urls, Consumer<ImportOutcome> reported, BooleanSupplier cancelled) {
        Consumer<ImportOutcome> report = outcome -> reported.accept(meters.count(Way.URL, outcome));
        if (urls.size() > MAX_URLS_PER_BATCH) {
            report.accept(ImportOutcome.failed(
                    urls.size() + " addresses",
                    "At most " + MAX_URLS_PER_BATCH + " addresses at once; split the list."));
            return;
        }
        for (String url : urls) {
            String item = url.strip();
            if (cancelled.getAsBoolean()) {
                report.accept(ImportOutcome.failed(item, "Cancelled."));
                continue;
            }
            try {
                var fetched = fetchInTurn(item);
                if (FeedReader.looksLikeFeed(fetched.body(), fetched.contentType())) {
                    for (String link : FeedReader.links(fetched.body())) {
                        report.accept(cancelled.getAsBoolean() ? ImportOutcome.failed(link, "Cancelled.") : url(link));
                    }
                } else {
                    report.accept(importFetched(item, fetched));
                }
            } catch (ExtractionException e) {
                report.accept(ImportOutcome.failed(item, e.getMessage()));
            } catch (RuntimeException e) {
                report.accept(unexpected(item, e));
            }
        }
    }

    private UrlFetcher.Fetched fetchInTurn(String url) throws ExtractionException {
        try {
            fetchSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("Cancelled.");
        }
        try {
            return fetcher.fetch(url);
        } finally {
            fetchSlots.release();
        }
    }

    /** A bug or an unforeseen document must cost one item, never the batch or the user's page. */
    private static ImportOutcome unexpected(String item, RuntimeException e) {
        log.warn("Import of {} failed unexpectedly", item, e);
        return ImportOutcome.failed(
                item, "This item could not be processed and nothing was stored; the server log says why.");
    }

    private ImportOutcome importFetched(String item, UrlFetcher.Fetched fetched) throws ExtractionException {
        String name = fetchedFileName(fetched.finalUri(), fetched.contentType());
        ExtractedArticle extracted =
                extractor.extract(name, fetched.body(), fetched.finalUri().toString(), fetched.charset());
        String address = fetched.finalUri().toString();
        return imports.store(
                item,
                extracted,
                null,
                provenance(SourceKind.URL, address, address, fetched.contentType()),
                fetched.body());
    }

    /** Pasted content through the route its format calls for (also when processed again). */
    static ExtractedArticle extractPasted(
            ArticleExtractor extractor, String content, PasteFormat format, @Nullable String sourceUrl)
            throws ExtractionException {
        return switch (format) {
            case HTML -> extractor.html(content, sourceUrl);
            case MARKDOWN -> extractor.markdown(content);
            default -> extractor.text(content);
        };
    }

    /** The file name a fetched page is extracted under: the address's last part, HTML marked as such. */
    static String fetchedFileName(URI address, String contentType) {
        String path = address.getPath() == null ? "" : address.getPath();
        String name =
                path.endsWith("/") || !path.contains(".") ? "page.html" : path.substring(path.lastIndexOf('/') + 1);
        return contentType.contains("html") && !name.matches("(?i).*\\.x?html?$") ? name + ".html" : name;
    }

    private Provenance provenance(
            SourceKind kind, @Nullable String name, @Nullable String url, @Nullable String mediaType) {
        return new Provenance(kind, name, url, mediaType, currentUser.actorName());
    }
}
