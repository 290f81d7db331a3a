package org.factline.article.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * The meta tags of a page head under one spelling each: Dublin Core, OpenGraph, Twitter and
 * Parse.ly tags become keys like {@code dc:title}, {@code og:title}, {@code article:author} or
 * {@code parsely-pub-date}, however the page wrote them ({@code name="DC.Title"},
 * {@code property="og:title twitter:title"}).
 */
final class MetaTags {

    /**
     * A {@code property} holds a space-separated list; the first vocabulary term counts, and a
     * prefixed form like {@code og:article:author} is read as {@code article:author}.
     */
    private static final Pattern PROPERTY = Pattern.compile(
            "(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)",
            Pattern.CASE_INSENSITIVE);
    /** A {@code name} holds one term: "author", "DC.creator", "twitter:title", "parsely-pub-date". */
    private static final Pattern NAME = Pattern.compile(
            "\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-.:]\\s*)?"
                    + "(author|creator|pub-date|description|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, String> values = new HashMap<>();
    private final Elements metas;

    private MetaTags(Document doc) {
        metas = doc.select("meta[content]");
        for (Element meta : metas) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            var property = PROPERTY.matcher(meta.attr("property"));
            var name = NAME.matcher(meta.attr("name"));
            // A later tag for the same key wins, as in browsers' reader views.
            if (property.find()) {
                values.put(key(property.group()), content);
            } else if (name.matches()) {
                values.put(key(name.group()).replace('.', ':'), content);
            }
        }
    }

    static MetaTags of(Document doc) {
        return new MetaTags(doc);
    }

    /** The value of the first key (as normalized above) the page has. */
    @Nullable
    String get(String... keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * The first of the given names that some tag carries in its {@code name}, {@code property} or
     * {@code itemprop} or {@code http-equiv} (case-insensitive, exact): for tags outside the vocabularies above, such as
     * microdata ({@code itemprop="datePublished"}) or {@code name="pubdate"}.
     */
    @Nullable
    String named(String... names) {
        for (String wanted : names) {
            for (Element meta : metas) {
                if (carries(meta, wanted) && !meta.attr("content").isBlank()) {
                    return meta.attr("content").strip();
                }
            }
        }
        return null;
    }

    private static boolean carries(Element meta, String wanted) {
        for (String attribute : new String[] {"name", "property", "itemprop", "http-equiv"}) {
            for (String term : meta.attr(attribute).split("\\s+")) {
                if (term.equalsIgnoreCase(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(String matched) {
        return matched.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    }
}
