package org.factline.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.factline.base.SafeHtml;
import org.factline.user.UserDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.springframework.stereotype.Component;

/**
 * Turns a note's Markdown into the HTML the page shows: through {@link SafeHtml#fromMarkdown} (raw
 * HTML is shown as text; scripts and {@code javascript:} links never survive), then mentions of
 * teammates are marked. The marking only adds elements built here, so the result stays safe.
 */
@Component
class NoteMarkup {

    private final UserDirectory directory;

    NoteMarkup(UserDirectory directory) {
        this.directory = directory;
    }

    /** The teammates among the {@code @names} of the text: username → display name. */
    Map<String, String> mentionedMembers(String markdown) {
        return directory.activeMembers(Mentions.candidates(markdown));
    }

    /** Display names of authors; unknown or disabled accounts show as their username. */
    Map<String, String> names(Set<String> usernames) {
        return directory.activeMembers(usernames);
    }

    static String html(String markdown, Set<String> mentions) {
        String safe = SafeHtml.fromMarkdown(markdown);
        if (mentions.isEmpty() || !safe.contains("@")) {
            return safe;
        }
        Document doc = Jsoup.parseBodyFragment(safe);
        doc.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode t) {
                        texts.add(t);
                    }
                },
                doc.body());
        for (TextNode text : texts) {
            if (text.parent() instanceof Element parent && parent.closest("a, code, pre") == null) {
                mark(text, mentions);
            }
        }
        return doc.body().html();
    }

    private static void mark(TextNode node, Set<String> mentions) {
        String text = node.getWholeText();
        Matcher m = Mentions.MENTION.matcher(text);
        List<Node> pieces = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String name = Mentions.trim(m.group(1));
            if (!mentions.contains(name)) {
                continue;
            }
            int end = m.start() + 1 + name.length();
            pieces.add(new TextNode(text.substring(last, m.start())));
            pieces.add(new Element("span").addClass("mention").text(text.substring(m.start(), end)));
            last = end;
        }
        if (pieces.isEmpty()) {
            return;
        }
        pieces.add(new TextNode(text.substring(last)));
        pieces.forEach(node::before);
        node.remove();
    }
}
