package org.factline.article.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Article metadata from what publishers put in the page, in the order Firefox Reader View
 * (Readability.js) trusts it, so that a page reads the same here as there: schema.org JSON-LD
 * first, then the Dublin Core, OpenGraph, Twitter and Parse.ly meta tags, then the visible page
 * (title element, byline). A few sources Readability ignores (microdata, other date tags,
 * {@code <time>} elements) come only after those, so they fill gaps without overruling them.
 */
final class MetadataReader {

    /** Readability's threshold for "this JSON-LD title is the one the page title shows". */
    private static final double SAME_TITLE = 0.75;
    /**
     * "By Dana Reyes", "Posted by …", "Par …": the words before the name are not part of it. Only
     * when a name of two words or more follows, so that "Von Miller" keeps his first name.
     */
    private static final Pattern BYLINE_PREFIX =
            Pattern.compile("(?i)^((posted|written) by|by|von|par|por)\\s*:?\\s+(?=\\S+\\s+\\S)");

    /** Date tags outside the vocabularies {@link MetaTags} knows, most specific first. */
    private static final List<String> OTHER_DATE_TAGS = List.of(
            "article:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "dc.date.issued",
            "dcterms.issued",
            "dc.date",
            "dcterms.created",
            "date",
            "sailthru.date");

    record Metadata(
            @Nullable String title,
            @Nullable String byline,
            @Nullable String siteName,
            @Nullable OffsetDateTime published,
            @Nullable String lang,
            @Nullable String canonicalUrl) {}

    private MetadataReader() {}

    static Metadata read(Document doc) {
        JsonLdArticle ld = JsonLdArticle.find(doc).orElse(null);
        MetaTags meta = MetaTags.of(doc);
        String title = first(
                ld == null ? null : ldTitle(ld, doc),
                meta.get(
                        "dc:title",
                        "dcterm:title",
                        "og:title",
                        "weibo:article:title",
                        "weibo:webpage:title",
                        "title",
                        "twitter:title",
                        "parsely-title"),
                PageTitle.of(doc));
        String byline = first(
                ld == null ? null : ld.byline(),
                meta.get("dc:creator", "dcterm:creator", "author", "parsely-author"),
                notUrl(meta.get("article:author")),
                meta.named("sailthru.author"),
                attr(doc, "meta[itemprop=author]", "content"),
                VisibleByline.of(doc));
        String siteName =
                first(meta.get("og:site_name"), meta.named("application-name"), ld == null ? null : ld.publisher());
        // Every source in turn: a page's first date tag may hold text no parser reads ("yesterday").
        OffsetDateTime published = Stream.of(
                        Stream.of(
                                ld == null ? null : ld.datePublished(),
                                meta.get("article:published_time"),
                                meta.get("parsely-pub-date")),
                        OTHER_DATE_TAGS.stream().map(meta::named),
                        Stream.of(
                                attr(doc, "[itemprop=datePublished]", "content"),
                                attr(doc, "[itemprop=datePublished]", "datetime"),
                                attr(doc, "article time[datetime], time[pubdate][datetime]", "datetime")))
                .flatMap(source -> source)
                .map(MetadataReader::parseDate)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        Element html = doc.selectFirst("html");
        String lang =
                first(html == null ? null : html.attr("lang"), meta.named("content-language", "language", "og:locale"));
        String canonical = first(attr(doc, "link[rel=canonical]", "abs:href"), meta.named("og:url"));
        String cleanByline = clean(byline);
        return new Metadata(
                clean(title),
                cleanByline == null ? null : BYLINE_PREFIX.matcher(cleanByline).replaceFirst(""),
                clean(siteName),
                published,
                lang == null || lang.isBlank() ? null : lang.strip().replace('_', '-'),
                canonical == null || !canonical.startsWith("http") ? null : canonical.strip());
    }

    /**
     * Sites put their own name into "name" now and then, and the story's title into "headline":
     * when the two differ, the headline wins only if it is the one the page title shows.
     */
    private static @Nullable String ldTitle(JsonLdArticle ld, Document doc) {
        String name = ld.name();
        String headline = ld.headline();
        if (name == null || headline == null || name.equals(headline)) {
            return name != null ? name : headline;
        }
        String pageTitle = Objects.requireNonNullElse(PageTitle.of(doc), "");
        boolean nameShown = PageTitle.similarity(name, pageTitle) > SAME_TITLE;
        boolean headlineShown = PageTitle.similarity(headline, pageTitle) > SAME_TITLE;
        return headlineShown && !nameShown ? headline : name;
    }

    private static @Nullable String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String value = e.attr(attribute);
        return value.isBlank() ? null : value;
    }

    private static @Nullable String notUrl(@Nullable String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    static @Nullable OffsetDateTime parseDate(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException notOffset) {
            // try the looser forms below
        }
        try {
            return OffsetDateTime.parse(v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
        } catch (DateTimeParseException notCompactOffset) {
            // next
        }
        try {
            return LocalDateTime.parse(v.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // next
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v)
                    .atStartOfDay()
                    .atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    @SafeVarargs
    private static @Nullable String first(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = TextBlocks.normalize(Parser.unescapeEntities(value, false));
        return text.isEmpty() ? null : text;
    }
}
