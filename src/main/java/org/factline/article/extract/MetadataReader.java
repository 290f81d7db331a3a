package org.factline.article.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Article metadata from what publishers put in the page head: schema.org JSON-LD first, then
 * Dublin Core, OpenGraph and Twitter tags, then the visible page (title element, bylines, time).
 */
final class MetadataReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "blogposting",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "report",
            "scholarlyarticle",
            "techarticle",
            "webpage",
            "liveblogposting");

    record Metadata(
            @Nullable String title,
            @Nullable String byline,
            @Nullable String siteName,
            @Nullable OffsetDateTime published,
            @Nullable String lang,
            @Nullable String canonicalUrl) {}

    private MetadataReader() {}

    static Metadata read(Document doc) {
        JsonNode ld = jsonLdArticle(doc).orElse(null);
        String title = first(
                ld == null ? null : ldTitle(ld, doc.title()),
                meta(doc, "dc:title", "dcterm:title", "og:title", "twitter:title"),
                documentTitle(doc));
        String byline = first(
                ld == null ? null : authors(ld.get("author")),
                meta(doc, "author", "dc:creator", "parsely-author", "sailthru.author"),
                notUrl(meta(doc, "article:author")),
                visibleByline(doc));
        String siteName = first(
                meta(doc, "og:site_name", "application-name"),
                ld == null ? null : text(ld.path("publisher").get("name")));
        OffsetDateTime published = Stream.of(
                        ld == null ? null : text(ld.get("datePublished")),
                        meta(
                                doc,
                                "article:published_time",
                                "parsely-pub-date",
                                "pubdate",
                                "publishdate",
                                "dc.date",
                                "dc.date.issued",
                                "dcterms.created",
                                "date",
                                "sailthru.date",
                                "og:article:published_time"),
                        attr(doc, "[itemprop=datePublished]", "content"),
                        attr(doc, "[itemprop=datePublished]", "datetime"),
                        attr(doc, "article time[datetime], time[pubdate][datetime]", "datetime"))
                .map(MetadataReader::parseDate)
                .filter(d -> d != null)
                .findFirst()
                .orElse(null);
        String lang = first(
                doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta(doc, "content-language", "language", "og:locale"));
        String canonical = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"));
        return new Metadata(
                clean(title),
                clean(byline),
                clean(siteName),
                published,
                lang == null || lang.isBlank() ? null : lang.strip().replace('_', '-'),
                canonical == null || !canonical.startsWith("http") ? null : canonical.strip());
    }

    /** Like Readability: when name and headline differ, the one closer to the page title wins. */
    private static @Nullable String ldTitle(JsonNode ld, String pageTitle) {
        String name = text(ld.get("name"));
        String headline = text(ld.get("headline"));
        if (name == null || headline == null || name.equals(headline)) {
            return headline != null ? headline : name;
        }
        return overlap(name, pageTitle) >= overlap(headline, pageTitle) ? name : headline;
    }

    private static double overlap(String candidate, String pageTitle) {
        var words = Set.of(pageTitle.toLowerCase(Locale.ROOT).split("\\W+"));
        String[] mine = candidate.toLowerCase(Locale.ROOT).split("\\W+");
        return mine.length == 0
                ? 0
                : java.util.Arrays.stream(mine).filter(words::contains).count() / (double) mine.length;
    }

    private static Optional<JsonNode> jsonLdArticle(Document doc) {
        var candidates = new ArrayList<JsonNode>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), candidates);
            } catch (RuntimeException malformed) {
                // Publishers ship broken JSON-LD often enough; the other sources still count.
            }
        }
        return candidates.stream()
                .filter(n -> types(n).stream().anyMatch(ARTICLE_TYPES::contains))
                .sorted(java.util.Comparator.comparing((JsonNode n) -> types(n).contains("webpage")))
                .findFirst();
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private static Set<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        var result = new LinkedHashSet<String>();
        if (type != null && type.isArray()) {
            type.forEach(t -> result.add(t.asString().toLowerCase(Locale.ROOT)));
        } else if (type != null) {
            result.add(type.asString().toLowerCase(Locale.ROOT));
        }
        return result;
    }

    private static @Nullable String authors(@Nullable JsonNode author) {
        if (author == null) {
            return null;
        }
        var names = new ArrayList<String>();
        (author.isArray() ? author : JSON.createArrayNode().add(author)).forEach(a -> {
            String name = a.isObject() ? text(a.get("name")) : text(a);
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                names.add(name.strip());
            }
        });
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        return node.isValueNode() ? node.asString() : null;
    }

    private static @Nullable String meta(Document doc, String... names) {
        for (String name : names) {
            for (Element m : doc.select("meta[name], meta[property], meta[itemprop], meta[http-equiv]")) {
                boolean matches = Stream.of("name", "property", "itemprop", "http-equiv")
                        .map(a -> m.attr(a))
                        .flatMap(v -> Stream.of(v.split("\\s+")))
                        .anyMatch(v -> v.equalsIgnoreCase(name));
                if (matches && !m.attr("content").isBlank()) {
                    return m.attr("content");
                }
            }
        }
        return null;
    }

    private static @Nullable String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String value = e.attr(attribute);
        return value.isBlank() ? null : value;
    }

    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile(" [|\\-–—/>»:] ");

    /**
     * The page title without the site name tacked on ("Story | Site", "Site - Story"), following
     * Readability: keep the longer side of a separator unless that leaves fewer than three words.
     */
    static @Nullable String documentTitle(Document doc) {
        String title = TextBlocks.normalize(doc.title());
        if (!title.isBlank()) {
            var matcher = SEPARATOR.matcher(title);
            int last = -1;
            int first = -1;
            while (matcher.find()) {
                first = first < 0 ? matcher.start() : first;
                last = matcher.start();
            }
            if (last >= 0) {
                String head = title.substring(0, last).strip();
                if (head.split("\\s+").length >= 3) {
                    return head;
                }
                String tail = title.substring(first + 3).strip();
                return tail.split("\\s+").length >= 3 ? tail : title;
            }
            return title;
        }
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static @Nullable String visibleByline(Document doc) {
        Element e = doc.selectFirst(
                "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author, .article-author");
        if (e == null) {
            return null;
        }
        String text = TextBlocks.normalize(e.text()).replaceFirst("(?i)^(by|von|par|por)\\s+", "");
        return text.isEmpty() || text.length() > 100 ? null : text;
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
            return java.time.LocalDateTime.parse(v.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
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
        String text = TextBlocks.normalize(org.jsoup.parser.Parser.unescapeEntities(value, false));
        return text.isEmpty() ? null : text;
    }
}
