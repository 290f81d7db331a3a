package org.factline.article.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.factline.article.ArticleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void prints_one_json_line_per_file_in_order_and_goes_on_after_a_failure() throws Exception {
        Path page = Files.writeString(dir.resolve("story.html"), ArticleFixtures.NEWS_PAGE);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path gz = dir.resolve("story2.html.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(ArticleFixtures.NEWS_PAGE.getBytes(StandardCharsets.UTF_8));
        }
        var stdout = new ByteArrayOutputStream();
        var stderr = new ByteArrayOutputStream();

        int exit = ExtractCommand.run(
                List.of(
                        page.toString(),
                        empty.toString(),
                        gz.toString(),
                        dir.resolve("missing.html").toString()),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));

        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        var json = JsonMapper.builder().build();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("file").asString()).isEqualTo(page.toString());
        assertThat(first.get("title").asString()).isEqualTo("Commerce tightens chip export rules");
        assertThat(first.get("byline").asString()).isEqualTo("Dana Reyes");
        assertThat(first.get("siteName").asString()).isEqualTo("Example Wire");
        assertThat(first.get("published").asString()).isEqualTo("2023-10-17T14:05Z");
        assertThat(first.get("lang").asString()).isEqualTo("en");
        assertThat(first.get("text").asString()).contains("\n\n").doesNotContain("Skip to main content");
        assertThat(json.readTree(lines.get(1)).get("error").asString()).contains("empty");
        assertThat(json.readTree(lines.get(2)).get("title").asString())
                .isEqualTo("Commerce tightens chip export rules");
        assertThat(json.readTree(lines.get(3)).get("error").asString()).contains("Cannot read");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void missing_arguments_print_usage() {
        var stderr = new ByteArrayOutputStream();
        int exit = ExtractCommand.run(List.of(), new PrintStream(new ByteArrayOutputStream()), new PrintStream(stderr));
        assertThat(exit).isEqualTo(2);
        assertThat(stderr.toString()).contains("Usage: extract");
    }
}
