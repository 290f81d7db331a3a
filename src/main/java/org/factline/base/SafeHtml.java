package org.factline.base;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * The one place HTML from outside (imported pages, pasted HTML, Markdown notes) is made safe to
 * show: structure and links survive; scripts, event handlers, styles, frames, forms and
 * {@code javascript:} or {@code data:} URLs do not. Links open without giving the target page a
 * handle on Factline.
 */
public final class SafeHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("figure", "figcaption", "abbr", "mark", "time", "hr")
            .addAttributes("time", "datetime")
            .addAttributes("a", "title")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addEnforcedAttribute("a", "target", "_blank")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Safelist HIGHLIGHT = Safelist.none().addTags("mark");

    private SafeHtml() {}

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** Markdown written by users (notes, event descriptions) as safe HTML; raw HTML in it is shown as text. */
    public static String fromMarkdown(@Nullable String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return sanitize(MARKDOWN_HTML.render(MARKDOWN.parse(markdown)), null);
    }

    /** Text in which only {@code <mark>} survives as markup: search snippets and titles. */
    public static String highlightOnly(String html) {
        Document clean = new Cleaner(HIGHLIGHT).clean(Jsoup.parseBodyFragment(html));
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** @param baseUri resolves relative links; links that stay relative are dropped */
    public static String sanitize(String html, @Nullable String baseUri) {
        Document dirty = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
