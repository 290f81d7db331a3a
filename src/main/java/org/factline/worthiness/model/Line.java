package org.factline.worthiness.model;

/** One sentence in document order, with who said it (empty for article text). */
public record Line(String speaker, String text) {

    public Line {
        speaker = speaker == null ? "" : speaker.strip();
        text = text == null ? "" : text.strip();
    }
}
