package org.factline.article.extract;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Bounds on the tree of an HTML page, checked in one pass before anything walks it. Readability
 * measures the text and markup of every block inside every candidate, which costs the square of
 * the nesting depth (5,000 nested {@code <div>}s took 39 s), and when jsoup flattens a deep page
 * into thousands of siblings, each element Readability removes makes jsoup renumber all the rest
 * (100,000 of them took 25 s of CPU, 50,000 about 6 s). Real pages nest less than 40 deep (Mozilla's Readability
 * test pages at most 39) and hold a few thousand elements, so pages far beyond either bound are
 * refused with a reason instead of keeping an import busy for minutes.
 */
final class PageShape {

    static final int MAX_DEPTH = 256;
    static final int MAX_ELEMENTS = 50_000;

    private PageShape() {}

    /**
     * An HTML parser that stops nesting a little past {@link #MAX_DEPTH} (jsoup's own limit is
     * 512), so that parsing stays linear and {@link #check} still sees that the page went deeper.
     */
    static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH + 8);
    }

    static void check(Document doc) throws ExtractionException {
        var shape = new Measure();
        doc.traverse(shape);
        if (shape.deepest > MAX_DEPTH) {
            throw new ExtractionException("This page is nested too deeply to import: its elements go more than "
                    + MAX_DEPTH + " levels deep (real pages stay under 50).");
        }
        if (shape.elements > MAX_ELEMENTS) {
            throw new ExtractionException("This page has more than " + String.format(Locale.ROOT, "%,d", MAX_ELEMENTS)
                    + " elements, too many to import; save the article part alone and import that.");
        }
    }

    private static final class Measure implements NodeVisitor {

        int deepest;
        int elements;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element) {
                elements++;
                deepest = Math.max(deepest, depth);
            }
        }
    }
}
