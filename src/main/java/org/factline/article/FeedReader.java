package org.factline.article;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.factline.article.extract.ExtractionException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entries of an RSS or Atom feed (through Rome) or a JSON Feed (jsonfeed.org 1.0 and 1.1,
 * through Jackson); at most {@link #MAX_ITEMS}, in the feed's order.
 */
final class FeedReader {

    static final int MAX_ITEMS = 200;

    /**
     * One entry: {@code id} is what identifies it across polls (guid, Atom id, JSON Feed id; the
     * link when it has none); {@code updated} its updated time, else its published time, if given.
     */
    record FeedItem(String id, String link, @Nullable Instant updated) {}

    record FeedDocument(@Nullable String title, List<FeedItem> items) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedReader() {}

    static boolean looksLikeFeed(byte[] body, String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("rss") || type.contains("atom") || type.contains("feed+json")) {
            return true;
        }
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") || isJsonFeed(head);
    }

    private static boolean isJsonFeed(String head) {
        return head.stripLeading().startsWith("{") && head.contains("jsonfeed.org/version");
    }

    /** The article links of a feed, for a one-off import; a feed without any is an error there. */
    static List<String> links(byte[] body) throws ExtractionException {
        var links =
                read(body, "").items().stream().map(FeedItem::link).distinct().toList();
        if (links.isEmpty()) {
            throw new ExtractionException("The feed has no article links.");
        }
        return links;
    }

    /** Reads a feed of any of the three kinds; entries without a web link are left out. */
    static FeedDocument read(byte[] body, String contentType) throws ExtractionException {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (contentType.toLowerCase(Locale.ROOT).contains("json") || isJsonFeed(head)) {
            return json(body);
        }
        return xml(body);
    }

    private static FeedDocument xml(byte[] body) throws ExtractionException {
        try {
            var input = new SyndFeedInput();
            input.setXmlHealerOn(true);
            var feed = input.build(
                    new InputSource(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)));
            var items = new LinkedHashMap<String, FeedItem>();
            for (SyndEntry entry : feed.getEntries()) {
                String link = webLink(entry.getLink() != null ? entry.getLink() : entry.getUri());
                if (link == null) {
                    continue;
                }
                String id = entry.getUri() == null || entry.getUri().isBlank()
                        ? link
                        : entry.getUri().strip();
                Date updated = entry.getUpdatedDate() != null ? entry.getUpdatedDate() : entry.getPublishedDate();
                items.putIfAbsent(id, new FeedItem(id, link, updated == null ? null : updated.toInstant()));
                if (items.size() >= MAX_ITEMS) {
                    break;
                }
            }
            return new FeedDocument(blankToNull(feed.getTitle()), List.copyOf(items.values()));
        } catch (FeedException | IllegalArgumentException e) {
            throw new ExtractionException("The feed could not be read: " + e.getMessage(), e);
        }
    }

    private static FeedDocument json(byte[] body) throws ExtractionException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ExtractionException("The JSON Feed could not be read: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !text(root.path("version")).contains("jsonfeed.org/version")) {
            throw new ExtractionException("This JSON is not a JSON Feed (it has no jsonfeed.org version).");
        }
        var items = new LinkedHashMap<String, FeedItem>();
        var list = new ArrayList<JsonNode>();
        root.path("items").forEach(list::add);
        for (JsonNode item : list) {
            String link = webLink(firstNonBlank(text(item.path("url")), text(item.path("external_url"))));
            if (link == null) {
                continue;
            }
            String id = text(item.path("id")).isBlank() ? link : text(item.path("id"));
            Instant updated =
                    instant(firstNonBlank(text(item.path("date_modified")), text(item.path("date_published"))));
            items.putIfAbsent(id, new FeedItem(id, link, updated));
            if (items.size() >= MAX_ITEMS) {
                break;
            }
        }
        return new FeedDocument(blankToNull(text(root.path("title"))), List.copyOf(items.values()));
    }

    /** A value node as text (JSON Feed 1.0 allowed numeric ids); "" for anything else. */
    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asString().strip() : "";
    }

    private static @Nullable Instant instant(@Nullable String rfc3339) {
        if (rfc3339 == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(rfc3339).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null; // then the entry counts as never updated
        }
    }

    private static @Nullable String webLink(@Nullable String link) {
        // Longer addresses than an article's source_url holds are left out rather than cut.
        return link != null && link.strip().startsWith("http") && link.strip().length() <= 2000 ? link.strip() : null;
    }

    private static @Nullable String firstNonBlank(String first, String second) {
        return !first.isBlank() ? first : !second.isBlank() ? second : null;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
