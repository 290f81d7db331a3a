package org.factline.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Known XSS vectors (OWASP cheat sheet and friends) come out of the sanitizer harmless. */
class SafeHtmlTest {

    static Stream<String> vectors() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//xss.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<body onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p style=\"width: expression(alert(1))\">x</p>",
                "<style>body{background:url('javascript:alert(1)')}</style>",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><input type=submit></form>",
                "<button formaction=\"javascript:alert(1)\">x</button>",
                "<input onfocus=alert(1) autofocus>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=alert(1)></video>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "<div onmouseover=\"alert(1)\">hover</div>",
                "<a href=\"#\" onclick=\"alert(1)\">x</a>",
                "\"><script>alert(1)</script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<template><script>alert(1)</script></template>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<blockquote cite=\"javascript:alert(1)\">q</blockquote>");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void nothing_executable_survives(String vector) {
        String clean = SafeHtml.sanitize("<p>before</p>" + vector + "<p>after</p>", "https://news.example/a/");
        var body = Jsoup.parseBodyFragment(clean).body();
        for (Element e : body.select("body *")) {
            assertThat(e.normalName())
                    .isNotIn(
                            "script",
                            "style",
                            "iframe",
                            "object",
                            "embed",
                            "form",
                            "input",
                            "button",
                            "svg",
                            "math",
                            "meta",
                            "link",
                            "base",
                            "img",
                            "video",
                            "source",
                            "template",
                            "noscript",
                            "details",
                            "body");
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertThat(name).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction", "background");
                assertThat(value).doesNotContain("javascript:", "vbscript:", "data:");
            }
        }
        assertThat(clean).contains("before"); // text before the attack is kept (after it, unclosed tags may swallow it)
    }

    @Test
    void article_structure_and_safe_links_survive() {
        String clean = SafeHtml.sanitize(
                "<h2>Export rules</h2><p>See <a href=\"/rules\">the rule</a> and <b>bold</b>.</p><ul><li>one</li></ul>",
                "https://news.example/a/");
        assertThat(clean)
                .contains("<h2>Export rules</h2>", "<b>bold</b>", "<li>one</li>")
                .contains("href=\"https://news.example/rules\"", "rel=\"nofollow noopener noreferrer\"");
    }
}
