package org.factline.article.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Link addresses made ready for Readability, which resolves every link it keeps against the page's
 * address. HTML that came without an address of its own (pasted or uploaded) has none to give, and
 * Readability's placeholder would turn {@code /admin/users} into a live link to
 * {@code http://localhost/admin/users} and {@code //evil.example/x} into a link to another site: there
 * a relative or protocol-relative link loses its address and keeps its text. Every address is first
 * read the way browsers read it (spaces and control characters trimmed, tabs and line breaks
 * dropped), so that {@code "jav&#x09;ascript:"} is seen as the {@code javascript:} link it is.
 * Absolute links stay for {@link org.factline.base.SafeHtml} to judge by their scheme.
 */
final class RelativeLinks {

    private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern TABS_AND_BREAKS = Pattern.compile("[\\t\\n\\r]");

    private RelativeLinks() {}

    /** @param hasAddress whether the page has a real address that relative links resolve against */
    static void prepare(Document doc, boolean hasAddress) {
        for (Element link : doc.select("a[href]")) {
            String address = asBrowsersRead(link.attr("href"));
            if (hasAddress || ABSOLUTE.matcher(address).find()) {
                link.attr("href", address);
            } else {
                link.removeAttr("href");
            }
        }
    }

    /** WHATWG URL parsing: leading and trailing C0 controls and spaces go, tabs and line breaks anywhere. */
    static String asBrowsersRead(String href) {
        int start = 0;
        int end = href.length();
        while (start < end && href.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && href.charAt(end - 1) <= ' ') {
            end--;
        }
        return TABS_AND_BREAKS.matcher(href.substring(start, end)).replaceAll("");
    }
}
