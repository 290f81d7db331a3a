package org.factline.worthiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<String> args, String input) {
        return ScoreCommand.run(
                args,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void prints_one_score_per_input_line_in_order() {
        String input = "HOLT\tGood evening, everyone.\n"
                + "TRUMP\tWe have lost 70,000 factories since 2001 and our trade deficit is $800 billion.\n"
                + "\n"
                + "A line without a speaker column.\n";
        assertThat(run(List.of(), input)).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(4);
        double[] scores = Arrays.stream(lines).mapToDouble(Double::parseDouble).toArray();
        assertThat(scores[1]).isGreaterThan(scores[0]);
        assertThat(Arrays.stream(scores).boxed().toList())
                .allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void empty_input_prints_nothing_and_bad_arguments_explain_the_usage() {
        assertThat(run(List.of(), "")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run(List.of("--frobnicate"), "x\n")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: score-sentences");
    }

    @Test
    void a_downloaded_model_file_gives_the_same_scores(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.tsv");
        try (var writer = Files.newBufferedWriter(file)) {
            ActiveModel.shipped().write(writer);
        }
        String input = "\tChina's exports of chips rose 20 percent in 2024.\n\tSee you next week.\n";
        run(List.of(), input);
        String shipped = out.toString(StandardCharsets.UTF_8);
        out.reset();
        assertThat(run(List.of("--model", file.toString()), input)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(shipped);
        assertThat(run(List.of("--model", dir.resolve("missing").toString()), input))
                .isEqualTo(2);
    }
}
