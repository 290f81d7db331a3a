package org.factline.article.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code java -jar factline.jar extract FILE...}: one JSON line per file, in order, with the
 * extracted title, byline, site name, publication time, language and main text, or an error.
 * Runs the same {@link ArticleExtractor} as the import in the UI, without starting the server.
 */
public final class ExtractCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExtractCommand() {}

    /** @return 0 when every file was extracted, 1 when any failed, 2 on a usage error */
    public static int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("Usage: extract FILE... (HTML, text, Markdown, PDF or DOCX; .gz is unpacked)");
            return 2;
        }
        var extractor = new ArticleExtractor();
        boolean anyFailed = false;
        for (String file : files) {
            ObjectNode line = JSON.createObjectNode();
            line.put("file", file);
            try {
                byte[] bytes = Files.readAllBytes(Path.of(file));
                ExtractedArticle a =
                        extractor.extract(Path.of(file).getFileName().toString(), bytes, null);
                line.put("title", a.title());
                line.put("byline", a.byline());
                line.put("siteName", a.siteName());
                line.put(
                        "published",
                        a.published() == null ? null : a.published().toString());
                line.put("lang", a.lang());
                line.put("text", a.text());
            } catch (IOException e) {
                anyFailed = true;
                line.put("error", "Cannot read the file: " + e.getMessage());
            } catch (ExtractionException e) {
                anyFailed = true;
                line.put("error", e.getMessage());
            } catch (RuntimeException e) {
                anyFailed = true;
                line.put("error", "Extraction failed: " + e);
            }
            out.println(JSON.writeValueAsString(line));
            out.flush();
        }
        return anyFailed ? 1 : 0;
    }
}
