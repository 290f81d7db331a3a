package org.factline.article.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org article a page describes in JSON-LD: the first object of an article type
 * (NewsArticle, BlogPosting, …) in the page's {@code application/ld+json} scripts, whether it
 * stands alone, in a list or in an {@code @graph}. Other types (WebPage, Organization, VideoObject,
 * BreadcrumbList) describe the site or its parts, not the article, and are passed over.
 */
record JsonLdArticle(
        @Nullable String name,
        @Nullable String headline,
        @Nullable String byline,
        @Nullable String publisher,
        @Nullable String datePublished) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CDATA = Pattern.compile("^\\s*<!\\[CDATA\\[|]]>\\s*$");
    private static final Pattern SCHEMA_ORG = Pattern.compile("(?i)^https?://schema\\.org/?$");
    /** schema.org's Article and its subtypes, plus the postings that carry an article's text. */
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "Article",
            "AdvertiserContentArticle",
            "NewsArticle",
            "AnalysisNewsArticle",
            "AskPublicNewsArticle",
            "BackgroundNewsArticle",
            "OpinionNewsArticle",
            "ReportageNewsArticle",
            "ReviewNewsArticle",
            "Report",
            "SatiricalArticle",
            "ScholarlyArticle",
            "MedicalScholarlyArticle",
            "SocialMediaPosting",
            "BlogPosting",
            "LiveBlogPosting",
            "DiscussionForumPosting",
            "TechArticle",
            "APIReference");

    static Optional<JsonLdArticle> find(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                // Pages wrap the JSON in CDATA markers so that XHTML parsers leave it alone.
                root = JSON.readTree(CDATA.matcher(script.data()).replaceAll(""));
            } catch (JacksonException malformed) {
                // Publishers ship broken JSON-LD often enough; the next script or the meta tags still count.
                continue;
            }
            Optional<JsonNode> article = articleIn(root);
            if (article.isPresent()) {
                return article.map(JsonLdArticle::of);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> articleIn(JsonNode root) {
        Stream<JsonNode> objects = root.isArray() ? root.valueStream() : Stream.of(root);
        return objects.filter(JsonNode::isObject)
                .filter(o -> isSchemaOrg(o.get("@context")))
                .flatMap(o -> Stream.concat(Stream.of(o), graph(o)))
                .filter(JsonLdArticle::isArticle)
                .findFirst();
    }

    private static Stream<JsonNode> graph(JsonNode node) {
        JsonNode graph = node.get("@graph");
        return graph != null && graph.isArray() ? graph.valueStream().filter(JsonNode::isObject) : Stream.empty();
    }

    private static boolean isSchemaOrg(@Nullable JsonNode context) {
        if (context == null) {
            return false;
        }
        if (context.isString()) {
            return SCHEMA_ORG.matcher(context.asString()).matches();
        }
        if (context.isObject()) {
            return isSchemaOrg(context.get("@vocab"));
        }
        return context.isArray() && context.valueStream().anyMatch(JsonLdArticle::isSchemaOrg);
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        Stream<JsonNode> types = type == null ? Stream.empty() : type.isArray() ? type.valueStream() : Stream.of(type);
        return types.filter(JsonNode::isString)
                .map(t -> t.asString().substring(t.asString().lastIndexOf('/') + 1))
                .anyMatch(ARTICLE_TYPES::contains);
    }

    private static JsonLdArticle of(JsonNode article) {
        JsonNode publisher = article.get("publisher");
        return new JsonLdArticle(
                string(article.get("name")),
                string(article.get("headline")),
                authors(article.get("author")),
                publisher == null ? null : string(publisher.get("name")),
                string(article.get("datePublished")));
    }

    /** Names of one author or several, as objects or plain strings; addresses are not names. */
    private static @Nullable String authors(@Nullable JsonNode author) {
        if (author == null) {
            return null;
        }
        var names = new ArrayList<String>();
        for (JsonNode a : author.isArray() ? author.valueStream().toList() : List.of(author)) {
            String name = a.isObject() ? string(a.get("name")) : string(a);
            if (name != null && !name.startsWith("http://") && !name.startsWith("https://")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static @Nullable String string(@Nullable JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        String value = node.asString().strip();
        return value.isEmpty() ? null : value;
    }
}
