package org.factline.note;

/** How much work a claim has gathered: live notes (replies included) and evidence items. */
public record NoteCounts(long notes, long evidence) {

    public static final NoteCounts NONE = new NoteCounts(0, 0);
}
