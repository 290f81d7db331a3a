package org.factline.note;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Evidence as the tests add it: the few fields a check needs, the rest left empty. */
public final class EvidenceForms {

    /** The smallest file that the upload checks take for a PDF document. */
    public static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private EvidenceForms() {}

    /** A source with a title and an address, and no quote, translation or date. */
    public static EvidenceForm source(@Nullable String title, String url, SourceType type, Stance stance) {
        return new EvidenceForm(title, url, null, type, stance, null, null, null, null);
    }
}
