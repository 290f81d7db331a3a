package org.factline.article.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits paragraphs into sentences with OpenNLP's English model, so claims can point at exact
 * sentences. The model is loaded once; detectors are cheap and not thread-safe, so one per call.
 */
public final class SentenceSplitter {

    private static final SentenceModel MODEL = load();

    private SentenceSplitter() {}

    public static List<String> sentences(String paragraph) {
        return Arrays.stream(new SentenceDetectorME(MODEL).sentDetect(paragraph))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static SentenceModel load() {
        try (InputStream in = Objects.requireNonNull(
                SentenceSplitter.class.getResourceAsStream("/en-sent.bin"), "OpenNLP model en-sent.bin")) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
