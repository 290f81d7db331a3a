package org.factline.article;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Test documents written for Factline's tests (no third-party text), and a page server for them. */
public final class ArticleFixtures {

    private ArticleFixtures() {}

    /** Answers {@code path} on the test's local server with {@code body} as UTF-8. */
    public static void serve(HttpServer server, String path, String contentType, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }

    /** A typical news page: navigation, cookie banner, share bar and related links around the story. */
    public static final String NEWS_PAGE = """
            <!doctype html><html lang="en"><head>
            <title>Commerce tightens chip export rules | Example Wire</title>
            <meta property="og:site_name" content="Example Wire">
            <meta property="og:title" content="Commerce tightens chip export rules">
            <meta property="article:published_time" content="2023-10-17T14:05:00Z">
            <link rel="canonical" href="https://wire.example/tech/chip-rules">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Commerce tightens chip export rules","datePublished":"2023-10-17T14:05:00Z",
              "author":[{"@type":"Person","name":"Dana Reyes"}],"publisher":{"@type":"Organization","name":"Example Wire"}}</script>
            </head><body>
            <a href="#main">Skip to main content</a>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/tech">Tech</a></li><li><a href="/world">World</a></li></ul></nav>
            <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
            <main id="main"><article>
            <h1>Commerce tightens chip export rules</h1>
            <p class="byline">By Dana Reyes</p>
            <div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
            <p>The US Commerce Department on Tuesday widened its controls on advanced computing chips, closing gaps
            that had let some accelerators designed for the Chinese market escape the rules issued a year earlier.</p>
            <p>The update lowers the performance thresholds that trigger a licence requirement and extends the rules
            to dozens of additional countries, officials said in a briefing with reporters.</p>
            <p>Chip designers said they were still reviewing the text. Analysts expect the change to affect products
            that were created specifically to stay under the 2022 limits.</p>
            <h2>What changes for manufacturers</h2>
            <p>Companies will need a licence before shipping covered chips to the listed destinations, and some
            equipment used to make advanced chips is added to the list as well.</p>
            </article></main>
            <aside><h3>Related stories</h3><ul><li><a href="/a">Markets open higher</a></li><li><a href="/b">Weather this week</a></li></ul></aside>
            <footer>© Example Wire. All rights reserved. <a href="/privacy">Privacy</a></footer>
            </body></html>
            """;

    public static byte[] pdf(String title, String line) throws Exception {
        try (var doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String text) throws Exception {
        try (var doc = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }
}
