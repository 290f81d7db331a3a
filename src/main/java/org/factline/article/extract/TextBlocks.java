package org.factline.article.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns an HTML tree into paragraphs of plain text: one per block element, inline text joined. */
final class TextBlocks {

    private static final Set<String> SKIPPED =
            Set.of("script", "style", "noscript", "template", "svg", "button", "form");

    private TextBlocks() {}

    static List<String> of(Element root) {
        var paragraphs = new ArrayList<String>();
        var current = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    private int skipping;

                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
                            skipping++;
                        } else if (skipping > 0) {
                            return;
                        } else if (node instanceof TextNode text) {
                            current.append(text.getWholeText());
                        } else if (node instanceof Element e && e.normalName().equals("br")) {
                            current.append(' ');
                        } else if (node instanceof Element e && e.isBlock()) {
                            flush(paragraphs, current);
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && SKIPPED.contains(e.normalName())) {
                            skipping--;
                        } else if (skipping == 0 && node instanceof Element e && e.isBlock()) {
                            flush(paragraphs, current);
                        }
                    }
                },
                root);
        flush(paragraphs, current);
        return paragraphs;
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        String text = normalize(current.toString());
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        current.setLength(0);
    }

    static String normalize(String text) {
        // NUL and other control characters never belong in text (and PostgreSQL refuses NUL).
        return text.replace('\u00a0', ' ')
                .replaceAll("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
