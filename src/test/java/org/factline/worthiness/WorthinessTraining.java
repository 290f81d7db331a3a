package org.factline.worthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.factline.worthiness.model.WorthinessModel;
import org.factline.worthiness.model.WorthinessTrainer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw -Ptrain-worthiness test}: evaluates the check-worthiness ranker by
 * leave-one-debate-out cross-validation on the CLEF-2019 training debates (MAP, P@5/10/20), then
 * trains on all of them and writes the model the application ships. Reproducible: the same data
 * gives the same model file, byte for byte.
 */
@Tag("train")
class WorthinessTraining {

    static final Path MODEL = Path.of("src/main/resources/org/factline/worthiness/model/clef19-model.tsv.gz");

    @Test
    void cross_validate_and_train_the_shipped_model() throws Exception {
        assumeTrue(Files.exists(ClefDebates.DEFAULT), "CLEF-2019 data not found at " + ClefDebates.DEFAULT);
        var debates = ClefDebates.read(ClefDebates.DEFAULT);
        var settings = WorthinessTrainer.Settings.DEFAULT;
        var cv = CrossValidation.run(debates, settings);
        var report = new StringBuilder();
        report.append(String.format(
                "Check-worthiness, leave-one-debate-out over %d debates (C=%.2f, positive weight %.0f, min count %d)%n",
                debates.size(), settings.cost(), settings.positiveWeight(), settings.minCount()));
        cv.perDebate().forEach(line -> report.append(line).append('\n'));
        report.append(
                String.format("MAP %.4f   P@5 %.4f   P@10 %.4f   P@20 %.4f%n", cv.map(), cv.p5(), cv.p10(), cv.p20()));
        var random = new Random(2019);
        double randomMap = CrossValidation.baseline(debates, line -> random.nextDouble());
        // a rule of thumb: sentences with figures first, longer ones before shorter ones
        double numbersMap = CrossValidation.baseline(
                debates,
                line -> (line.text().matches(".*\\d.*") ? 1000 : 0)
                        + line.text().length());
        report.append(String.format(
                "Baselines in the same run: random order MAP %.4f (model %.1fx), figures-then-length MAP %.4f (model %.1fx)%n",
                randomMap, cv.map() / randomMap, numbersMap, cv.map() / numbersMap));
        System.out.print(report);
        Files.createDirectories(Path.of("target/worthiness"));
        Files.writeString(Path.of("target/worthiness/cross-validation.txt"), report);

        WorthinessModel draft =
                WorthinessTrainer.train("draft", new ArrayList<>(debates.values()), settings, cv.margins());
        var text = new StringWriter();
        draft.write(text);
        String digest = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(StandardCharsets.UTF_8)))
                .substring(0, 10);
        WorthinessModel model =
                WorthinessTrainer.train("clef19-" + digest, new ArrayList<>(debates.values()), settings, cv.margins());
        Files.createDirectories(MODEL.getParent());
        try (var out =
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(MODEL)), StandardCharsets.UTF_8)) {
            model.write(out);
        }
        System.out.printf("Wrote %s: %d features, %d bytes%n", MODEL, model.featureCount(), Files.size(MODEL));
        // scoring speed, as the reader and the import use it (features + model), after a warm-up
        var allLines = debates.values().stream()
                .map(doc -> doc.stream().map(l -> l.line()).toList())
                .toList();
        allLines.forEach(model::score);
        long start = System.nanoTime();
        int sentences = 0;
        for (int round = 0; round < 3; round++) {
            for (var doc : allLines) {
                sentences += model.score(doc).length;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Scoring: %,.0f sentences/s on one thread%n", sentences / seconds);
        assertThat(cv.map()).isGreaterThan(0.19);
    }
}
