package org.factline.claim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.factline.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** One place a claim appears: an article passage, anchored so it can be found again. */
@Entity
@Table(name = "claim_appearance")
public class Appearance extends AbstractEntity {

    public static final int QUOTE_MAX_LENGTH = 2000;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "quote", nullable = false, length = QUOTE_MAX_LENGTH)
    private String quote;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "prefix", nullable = false, length = 64)
    private String prefix;

    @Column(name = "suffix", nullable = false, length = 64)
    private String suffix;

    @Column(name = "anchor_lost", nullable = false)
    private boolean anchorLost;

    @Column(name = "changed_in_version")
    private @Nullable Integer changedInVersion;

    @Column(name = "nearest_text", length = QUOTE_MAX_LENGTH)
    private @Nullable String nearestText;

    @Column(name = "added_by", nullable = false, length = 40)
    private String addedBy;

    protected Appearance() {
        this.quote = "";
        this.prefix = "";
        this.suffix = "";
        this.addedBy = "";
    }

    public Appearance(
            long claimId,
            long articleId,
            String quote,
            int start,
            int end,
            String prefix,
            String suffix,
            String addedBy) {
        this.claimId = claimId;
        this.articleId = articleId;
        this.quote = quote;
        this.start = start;
        this.end = end;
        this.prefix = prefix;
        this.suffix = suffix;
        this.addedBy = addedBy;
    }

    public long getClaimId() {
        return claimId;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getQuote() {
        return quote;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getSuffix() {
        return suffix;
    }

    /** Found again after the article's text changed (maybe elsewhere). */
    public void relocate(int start, int end) {
        this.start = start;
        this.end = end;
        this.anchorLost = false;
        this.changedInVersion = null;
        this.nearestText = null;
    }

    /**
     * Into another article (a near-copy merged into its original, or back on undo): the passage
     * at its place there, or flagged lost with its quote kept when it isn't in that text.
     */
    public void moveTo(long articleId, int start, int end, String prefix, String suffix, boolean anchorLost) {
        this.articleId = articleId;
        this.start = start;
        this.end = end;
        this.prefix = prefix;
        this.suffix = suffix;
        this.anchorLost = anchorLost;
        this.changedInVersion = null; // the other article's versions are its own
        this.nearestText = null;
    }

    /**
     * Not found in version {@code version} of the article's text: kept with its old quote, and
     * flagged for a person to look at with the text now in its place ({@code nearestText}, if any).
     */
    public void loseAnchor(int version, @Nullable String nearestText) {
        this.anchorLost = true;
        this.changedInVersion = version;
        this.nearestText = nearestText == null || nearestText.length() <= QUOTE_MAX_LENGTH
                ? nearestText
                : nearestText.substring(0, QUOTE_MAX_LENGTH);
    }

    public @Nullable Integer getChangedInVersion() {
        return changedInVersion;
    }

    public @Nullable String getNearestText() {
        return nearestText;
    }

    public boolean isAnchorLost() {
        return anchorLost;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
