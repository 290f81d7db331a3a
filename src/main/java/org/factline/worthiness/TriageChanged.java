package org.factline.worthiness;

/** The triage of an article changed (scored, a sentence claimed, dismissed or restored). */
public record TriageChanged(long articleId) {

    /** Published with every change: open articles lists refresh their "Check-worthy" column. */
    public static final String LIST_TOPIC = "triage";

    /** The live-update topic of an article's triage, for open readers. */
    public static String topic(long articleId) {
        return "triage:" + articleId;
    }
}
