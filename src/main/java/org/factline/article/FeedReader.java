package org.factline.article;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.factline.article.extract.ExtractionException;
import org.xml.sax.InputSource;

/** The article links of an RSS or Atom feed, through Rome; at most {@link #MAX_ITEMS}. */
final class FeedReader {

    static final int MAX_ITEMS = 200;

    private FeedReader() {}

    static boolean looksLikeFeed(byte[] body, String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("rss") || type.contains("atom")) {
            return true;
        }
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    static List<String> links(byte[] body) throws ExtractionException {
        try {
            var input = new SyndFeedInput();
            input.setXmlHealerOn(true);
            var feed = input.build(
                    new InputSource(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)));
            var links = new LinkedHashSet<String>();
            for (var entry : feed.getEntries()) {
                String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
                if (link != null && link.startsWith("http")) {
                    links.add(link.strip());
                }
                if (links.size() >= MAX_ITEMS) {
                    break;
                }
            }
            if (links.isEmpty()) {
                throw new ExtractionException("The feed has no article links.");
            }
            return List.copyOf(links);
        } catch (FeedException | IllegalArgumentException e) {
            throw new ExtractionException("The feed could not be read: " + e.getMessage(), e);
        }
    }
}
