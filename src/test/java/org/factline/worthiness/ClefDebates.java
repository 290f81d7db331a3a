package org.factline.worthiness;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.factline.worthiness.model.LabeledLine;
import org.factline.worthiness.model.Line;

/** The CLEF-2019 CheckThat! Task 1 training debates, one list of labelled lines per debate. */
final class ClefDebates {

    static final Path DEFAULT =
            Path.of(System.getProperty("factline.clef19", "../shared/data/clef19/CT19-T1-Training.csv"));

    private ClefDebates() {}

    static Map<String, List<LabeledLine>> read(Path csv) throws IOException {
        var debates = new LinkedHashMap<String, List<LabeledLine>>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var records = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in);
            for (var r : records) {
                debates.computeIfAbsent(r.get("file_name"), k -> new ArrayList<>())
                        .add(new LabeledLine(
                                new Line(r.get("speaker"), r.get("text")),
                                r.get("label").equals("1")));
            }
        }
        return debates;
    }
}
