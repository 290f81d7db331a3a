package org.factline.article.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.factline.base.SafeHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * Turns what people import (web pages, pasted text, Markdown, PDF and Word files, gzipped or not)
 * into an article: main text without boilerplate, safe HTML and metadata. The same code serves the
 * UI import and the {@code extract} command line. Has no Spring dependencies on purpose.
 */
public final class ArticleExtractor {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_CHARS = 2_000_000;
    private static final int MIN_READABLE_CHARS = 250;

    private final long maxBytes;
    private final DocumentTextReader documents = new DocumentTextReader(MAX_CHARS);

    public ArticleExtractor() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleExtractor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @param fileName used for the type when the content doesn't tell (".md", ".txt")
     * @param sourceUrl where the bytes came from, to resolve relative links; may be null
     */
    public ExtractedArticle extract(String fileName, byte[] bytes, @Nullable String sourceUrl)
            throws ExtractionException {
        return extract(fileName, bytes, sourceUrl, null);
    }

    /**
     * @param charset the character set a web server declared for the bytes (HTTP Content-Type),
     *     which wins over a page's own meta tag as it does in browsers; null to detect
     */
    public ExtractedArticle extract(
            String fileName, byte[] bytes, @Nullable String sourceUrl, @Nullable Charset charset)
            throws ExtractionException {
        if (bytes.length > maxBytes) {
            throw new ExtractionException("The file is " + RawBytes.megabytes(bytes.length) + "; the limit is "
                    + RawBytes.megabytes(maxBytes) + ".");
        }
        if (RawBytes.isBlank(bytes)) {
            throw new ExtractionException("The file is empty.");
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (RawBytes.startsWith(bytes, 0x1f, 0x8b)) {
            byte[] unpacked = gunzip(bytes);
            if (RawBytes.startsWith(unpacked, 0x1f, 0x8b)) {
                throw new ExtractionException("The file is compressed more than once; unpack it first.");
            }
            return extract(
                    name.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName,
                    unpacked,
                    sourceUrl,
                    charset);
        }
        if (RawBytes.startsWith(bytes, '%', 'P', 'D', 'F')
                || RawBytes.startsWith(bytes, 'P', 'K', 3, 4)
                || RawBytes.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return fromDocument(bytes, fileName);
        }
        if (RawBytes.looksBinary(bytes)) {
            throw new ExtractionException(
                    "This file holds binary data, not text. Factline reads web pages (.html), text"
                            + " (.txt), Markdown (.md), PDF and Word (.docx) files.");
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return markdown(RawBytes.decode(bytes, charset));
        }
        if (name.endsWith(".html")
                || name.endsWith(".htm")
                || name.endsWith(".xhtml")
                || RawBytes.looksLikeHtml(bytes)) {
            return html(bytes, sourceUrl, charset);
        }
        return text(RawBytes.decode(bytes, charset));
    }

    public ExtractedArticle html(String html, @Nullable String sourceUrl) throws ExtractionException {
        return fromDocument(Jsoup.parse(html, sourceUrl == null ? "" : sourceUrl, PageShape.parser()), sourceUrl);
    }

    public ExtractedArticle text(String text) throws ExtractionException {
        var cleaned = PlainTextCleaner.clean(text);
        if (cleaned.paragraphs().isEmpty()) {
            throw new ExtractionException("No text found.");
        }
        String html = cleaned.paragraphs().stream()
                .map(p -> "<p>" + Entities.escape(p) + "</p>")
                .reduce("", String::concat);
        return withLanguage(new ExtractedArticle(
                cleaned.title(), cleaned.byline(), null, null, null, null, cleaned.paragraphs(), html, "text"));
    }

    public ExtractedArticle markdown(String markdown) throws ExtractionException {
        String rendered =
                HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        Document doc = Jsoup.parseBodyFragment(SafeHtml.sanitize(rendered, null));
        List<String> paragraphs = TextBlocks.of(doc.body());
        if (paragraphs.isEmpty()) {
            throw new ExtractionException("No text found.");
        }
        var heading = doc.selectFirst("h1, h2");
        String title = heading == null ? null : heading.text();
        List<String> body = title == null
                ? paragraphs
                : paragraphs.stream().filter(p -> !p.equals(title)).toList();
        return withLanguage(new ExtractedArticle(
                title, null, null, null, null, null, body, doc.body().html(), "markdown"));
    }

    private ExtractedArticle html(byte[] bytes, @Nullable String sourceUrl, @Nullable Charset charset)
            throws ExtractionException {
        try {
            Document doc = Jsoup.parse(
                    new ByteArrayInputStream(bytes),
                    charset == null ? null : charset.name(),
                    sourceUrl == null ? "" : sourceUrl,
                    PageShape.parser());
            return fromDocument(doc, sourceUrl);
        } catch (IOException e) {
            throw new ExtractionException("The page could not be read: " + e.getMessage(), e);
        }
    }

    private ExtractedArticle fromDocument(Document doc, @Nullable String sourceUrl) throws ExtractionException {
        PageShape.check(doc);
        var meta = MetadataReader.read(doc);
        // Readability rewrites the tree it reads: it gets a copy, the page is parsed only once.
        // Without a source address it still needs one; relative links are gone by then.
        Document copy = doc.clone();
        // Pretty-printing a wide tree costs the square of its width (jsoup looks up each next
        // sibling by index), and Readability prints the page on each of its passes.
        copy.outputSettings().prettyPrint(false);
        RelativeLinks.prepare(copy, sourceUrl != null);
        var readable = new Readability4JExtended(sourceUrl == null ? "http://localhost/" : sourceUrl, copy).parse();
        String content = readable.getContent();
        String safe = content == null ? "" : SafeHtml.sanitize(content, sourceUrl);
        List<String> paragraphs = TextBlocks.of(Jsoup.parseBodyFragment(safe).body());
        if (String.join(" ", paragraphs).length() < MIN_READABLE_CHARS) {
            // Readability found no article body: fall back to the page's text blocks, cleaned.
            var cleaned =
                    PlainTextCleaner.clean(String.join("\n", TextBlocks.of(doc.body() == null ? doc : doc.body())));
            if (String.join(" ", cleaned.paragraphs()).length()
                    > String.join(" ", paragraphs).length()) {
                paragraphs = cleaned.paragraphs();
                safe = paragraphs.stream()
                        .map(p -> "<p>" + Entities.escape(p) + "</p>")
                        .reduce("", String::concat);
            }
        }
        String title = meta.title() != null ? meta.title() : blankToNull(readable.getTitle());
        if (title != null && !paragraphs.isEmpty() && sameText(paragraphs.getFirst(), title)) {
            // The page repeats its headline at the top of the body; the reader shows it once.
            paragraphs = paragraphs.subList(1, paragraphs.size());
            var body = Jsoup.parseBodyFragment(safe).body();
            var firstHeading = body.selectFirst("h1, h2");
            if (firstHeading != null && sameText(firstHeading.text(), title)) {
                firstHeading.remove();
                safe = body.html();
            }
        }
        String byline = meta.byline() != null ? meta.byline() : blankToNull(readable.getByline());
        return withLanguage(new ExtractedArticle(
                title,
                byline,
                meta.siteName(),
                meta.published(),
                meta.lang(),
                meta.canonicalUrl(),
                paragraphs,
                safe,
                "html"));
    }

    private ExtractedArticle fromDocument(byte[] bytes, String fileName) throws ExtractionException {
        var result = documents.read(bytes, fileName);
        if (result.paragraphs().isEmpty()) {
            throw new ExtractionException("No text found in the document (a scanned PDF needs OCR first).");
        }
        String html = result.paragraphs().stream()
                .map(p -> "<p>" + Entities.escape(p) + "</p>")
                .reduce("", String::concat);
        String title = blankToNull(result.title());
        if (title == null) {
            title = result.paragraphs().getFirst().length() <= 200
                    ? result.paragraphs().getFirst()
                    : null;
        }
        return withLanguage(new ExtractedArticle(
                title,
                blankToNull(result.author()),
                null,
                result.created(),
                result.lang(),
                null,
                result.paragraphs(),
                html,
                "document"));
    }

    private byte[] gunzip(byte[] bytes) throws ExtractionException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new ExtractionException(
                            "The compressed file unpacks to more than " + RawBytes.megabytes(maxBytes) + ".");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ExtractionException("The compressed file is damaged: " + e.getMessage(), e);
        }
    }

    /** Pages usually declare their language; text, PDF and Word files rarely do. */
    private static ExtractedArticle withLanguage(ExtractedArticle a) {
        if (a.lang() != null) {
            return a;
        }
        return new ExtractedArticle(
                a.title(),
                a.byline(),
                a.siteName(),
                a.published(),
                LanguageGuesser.guess(a.text()),
                a.canonicalUrl(),
                a.paragraphs(),
                a.safeHtml(),
                a.format());
    }

    private static boolean sameText(String a, String b) {
        return TextBlocks.normalize(a).equalsIgnoreCase(TextBlocks.normalize(b));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
