package org.factline.worthiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factline.worthiness.model.Line;
import org.factline.worthiness.model.WorthinessModel;

/**
 * {@code java -jar factline.jar score-sentences [--model FILE]}: reads {@code speaker<TAB>sentence}
 * lines from standard input in document order (the speaker may be empty; a line without a tab is
 * all sentence) and prints one score per input line, higher meaning more check-worthy. Uses the
 * model shipped in the jar, the same one the reader view uses, or a model file an admin
 * downloaded after retraining. No web server, no database.
 */
public final class ScoreCommand {

    private ScoreCommand() {}

    /** @return 0 on success, 2 on a usage error */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        WorthinessModel model;
        try {
            model = model(args);
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println(e.getMessage());
            err.println("Usage: score-sentences [--model FILE] < lines of speaker<TAB>sentence");
            return 2;
        }
        var lines = new ArrayList<Line>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                int tab = raw.indexOf('\t');
                lines.add(tab < 0 ? new Line("", raw) : new Line(raw.substring(0, tab), raw.substring(tab + 1)));
            }
        } catch (IOException e) {
            err.println("Cannot read standard input: " + e.getMessage());
            return 2;
        }
        var text = new StringBuilder();
        for (double score : model.score(lines)) {
            text.append(String.format(Locale.ROOT, "%.6f", score)).append('\n');
        }
        out.print(text);
        out.flush();
        return 0;
    }

    private static WorthinessModel model(List<String> args) throws IOException {
        if (args.isEmpty()) {
            return ActiveModel.shipped();
        }
        if (args.size() == 2 && args.get(0).equals("--model")) {
            try (var reader = Files.newBufferedReader(Path.of(args.get(1)), StandardCharsets.UTF_8)) {
                return WorthinessModel.read(reader);
            }
        }
        throw new IllegalArgumentException("Unexpected arguments: " + String.join(" ", args));
    }
}
