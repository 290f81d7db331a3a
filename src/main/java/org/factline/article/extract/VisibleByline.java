package org.factline.article.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The byline printed on the page, for pages whose head names no author: the first visible element
 * in reading order that is marked as one ({@code rel="author"}, {@code itemprop="author"}, or a
 * class or id like "byline", "author", "dateline"), skipping parts of the page that are hidden or
 * are clearly not the article (menus, sidebars, comments).
 */
final class VisibleByline {

    private static final Pattern BYLINE =
            Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CANDIDATE =
            Pattern.compile("and|article|body|column|content|main|mathjax|shadow", Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNLIKELY_ROLES =
            Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    private static final Set<String> NOT_TEXT = Set.of("script", "style", "noscript", "template", "head");
    private static final int MAX_LENGTH = 100;

    private VisibleByline() {}

    static @Nullable String of(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        String found = find(body, true);
        // Blogs often put the byline in a header block ("entry-header") that looks like page chrome;
        // Readability, too, looks there once the stricter pass found too little.
        return found != null ? found : find(body, false);
    }

    private static @Nullable String find(Element element, boolean skipUnlikely) {
        if (hidden(element) || NOT_TEXT.contains(element.normalName())) {
            return null;
        }
        String marks = element.className() + " " + element.id();
        if (isByline(element, marks)) {
            // Prefer the author's name inside the marked element over the whole line ("By", dates).
            Element name = element.selectFirst("[itemprop~=(?i)name]");
            return TextBlocks.normalize((name == null || name.text().isBlank() ? element : name).text());
        }
        if (skipUnlikely && notArticle(element, marks)) {
            return null;
        }
        for (Element child : element.children()) {
            String found = find(child, skipUnlikely);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean isByline(Element element, String marks) {
        boolean marked = element.attr("rel").equalsIgnoreCase("author")
                || element.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")
                || BYLINE.matcher(marks).find();
        if (!marked) {
            return false;
        }
        // Raw text, line breaks and indentation included: a wrapper around more than the byline
        // (teaser, date, share links) spans many source lines and so comes out long.
        int length = element.wholeText().strip().length();
        return length > 0 && length < MAX_LENGTH;
    }

    private static boolean hidden(Element element) {
        String style = element.attr("style").replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none")
                || style.contains("visibility:hidden")
                || element.hasAttr("hidden")
                || (element.attr("aria-hidden").equals("true") && !element.hasClass("fallback-image"))
                || (element.attr("aria-modal").equals("true")
                        && element.attr("role").equals("dialog"));
    }

    private static boolean notArticle(Element element, String marks) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("a") || element.closest("table, code") != null) {
            return false;
        }
        return (UNLIKELY.matcher(marks).find()
                        && !MAYBE_CANDIDATE.matcher(marks).find())
                || UNLIKELY_ROLES.contains(element.attr("role"));
    }
}
