package org.factline.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factline.api.ApiPage;
import org.factline.api.ApiProperties;
import org.factline.api.Versions;
import org.factline.article.ArticleDetail;
import org.factline.article.ArticleFilter;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.ArticleSummary;
import org.factline.article.ImportOutcome;
import org.factline.article.MetadataEdit;
import org.factline.article.PasteFormat;
import org.factline.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Articles: the articles list with its filters and sorts, one article as the reader shows it,
 * imports (by address, pasted content or file), corrected details, archive and restore.
 */
@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles")
class ArticlesApi {

    /** The sort keys of the articles list (its column keys). */
    private static final Set<String> SORT_KEYS =
            Set.of("title", "siteName", "publishedAt", "importedBy", "createdAt", "wordCount");

    private final ArticleService articles;
    private final ArticleImportService importer;
    private final ApiProperties properties;

    ArticlesApi(ArticleService articles, ArticleImportService importer, ApiProperties properties) {
        this.articles = articles;
        this.importer = importer;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "List articles with the articles list's filters, newest import first by default")
    ResponseEntity<List<ArticleSummary>> list(
            @Parameter(description = "Words the title, publisher or byline start with")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @RequestParam(required = false) @Nullable String publisher,
            @Parameter(description = "Username of who imported it") @RequestParam(required = false) @Nullable
                    String importedBy,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate publishedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate publishedTo,
            @Parameter(description = "Also archived articles (editors; ignored for others)")
                    @RequestParam(defaultValue = "false")
                    boolean includeArchived,
            @Parameter(
                            description = "Comma-separated keys, '-' first for descending: title, siteName,"
                                    + " publishedAt, importedBy, createdAt, wordCount")
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            HttpServletRequest request) {
        ApiPage paging = ApiPage.of(page, size, properties.maxPageSize());
        var filter = new ArticleFilter(q, publisher, importedBy, publishedFrom, publishedTo, includeArchived);
        return paging.respond(
                articles.find(filter, paging.offset(), paging.size(), SortKeys.parse(sort, SORT_KEYS)),
                articles.count(filter),
                request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article as the reader shows it; the ETag is its version")
    ResponseEntity<ArticleDetail> get(@PathVariable long id) {
        ArticleDetail article = articles.get(id);
        return Versions.withEtag(article.summary().version(), article);
    }

    /**
     * An article to import: a web address, or pasted content.
     *
     * @param format how {@code content} is written; AUTO (the default) reads markup as HTML
     */
    record ImportRequest(
            @Nullable String url,
            @Nullable String title,
            @Nullable String content,
            @Nullable PasteFormat format) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import an article: by web address or pasted content (JSON), or an uploaded file (multipart)",
            description = "JSON: {\"url\"}, or {\"title\", \"content\", \"format\": AUTO, TEXT, MARKDOWN or HTML}."
                    + " Multipart: the part 'file' (HTML, PDF, Word, EPUB, text…); larger than the upload limit"
                    + " is a 413 problem. Answers 201 with Location for a new article; 200 with status DUPLICATE"
                    + " and the existing article's id (and Location) when the same text or address is already"
                    + " there; a 422 problem (import-failed) with the reason when nothing could be imported.")
    @ApiResponse(responseCode = "201", description = "Imported", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Already there (status DUPLICATE)", useReturnTypeSchema = true)
    ResponseEntity<ImportOutcome> importArticle(@RequestBody ImportRequest body) {
        boolean hasUrl = body.url() != null && !body.url().isBlank();
        boolean hasContent = body.content() != null && !body.content().isBlank();
        if (hasUrl == hasContent) {
            throw new ValidationException(
                    hasUrl ? "content" : "url", "Send either a web address (url) or the article's content.");
        }
        ImportOutcome outcome = hasUrl
                ? importer.importUrl(body.url())
                : importer.importPaste(
                        body.title(), body.content(), body.format() == null ? PasteFormat.AUTO : body.format());
        return ImportAnswers.of(outcome);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import an article: by web address or pasted content (JSON), or an uploaded file (multipart)",
            description = "JSON: {\"url\"}, or {\"title\", \"content\", \"format\": AUTO, TEXT, MARKDOWN or HTML}."
                    + " Multipart: the part 'file' (HTML, PDF, Word, EPUB, text…); larger than the upload limit"
                    + " is a 413 problem. Answers 201 with Location for a new article; 200 with status DUPLICATE"
                    + " and the existing article's id (and Location) when the same text or address is already"
                    + " there; a 422 problem (import-failed) with the reason when nothing could be imported.")
    @ApiResponse(responseCode = "201", description = "Imported", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Already there (status DUPLICATE)", useReturnTypeSchema = true)
    ResponseEntity<ImportOutcome> importFile(
            @RequestPart(value = "file", required = false) @Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ValidationException("file", "Attach the file to import as the multipart part 'file'.");
        }
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "upload"
                        : file.getOriginalFilename();
        return ImportAnswers.of(importer.importFile(name, file.getBytes()));
    }

    @PutMapping("/{id}/metadata")
    @Operation(summary = "Correct the article's details (title, byline, publisher, date, language, canonical URL)")
    ResponseEntity<ArticleSummary> updateMetadata(
            @PathVariable long id,
            @Parameter(description = "The article's ETag")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody MetadataEdit body) {
        if (body.title() == null) {
            throw new ValidationException("title", "Give the article a title.");
        }
        ArticleSummary changed = articles.updateMetadata(id, expected(id, ifMatch), body);
        return Versions.withEtag(changed.version(), changed);
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive the article: hidden from lists and search, kept with its claims (editors)")
    ResponseEntity<ArticleSummary> archive(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        ArticleSummary archived = articles.archive(id, expected(id, ifMatch));
        return Versions.withEtag(archived.version(), archived);
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Bring an archived article back (editors)")
    ResponseEntity<ArticleSummary> restore(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        ArticleSummary restored = articles.restore(id, expected(id, ifMatch));
        return Versions.withEtag(restored.version(), restored);
    }

    private long expected(long id, @Nullable String ifMatch) {
        return Versions.expected(ifMatch, () -> articles.get(id).summary().version());
    }
}
