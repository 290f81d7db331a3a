package org.factline.worthiness;

/** The triage of an article changed (a sentence claimed, dismissed or restored). */
public record TriageChanged(long articleId) {

    /** The live-update topic of an article's triage, for open readers. */
    public static String topic(long articleId) {
        return "triage:" + articleId;
    }
}
