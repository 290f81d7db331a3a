package org.factline.claim;

import org.jspecify.annotations.Nullable;

/**
 * Claims list filters; null fields don't filter.
 *
 * @param assignee whose claims (me, nobody's, a teammate's), or null for anyone's
 * @param needsMyVote only open claims (new, in review, verdict proposed) the signed-in person
 *     hasn't voted on
 */
public record ClaimFilter(
        @Nullable String text,
        @Nullable ClaimStatus status,
        @Nullable String tag,
        @Nullable Long articleId,
        @Nullable AssigneeFilter assignee,
        boolean needsMyVote) {

    public ClaimFilter(
            @Nullable String text, @Nullable ClaimStatus status, @Nullable String tag, @Nullable Long articleId) {
        this(text, status, tag, articleId, null, false);
    }

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, null);
    }

    public ClaimFilter withAssignee(@Nullable AssigneeFilter assignee) {
        return new ClaimFilter(text, status, tag, articleId, assignee, needsMyVote);
    }

    public ClaimFilter withNeedsMyVote(boolean needsMyVote) {
        return new ClaimFilter(text, status, tag, articleId, assignee, needsMyVote);
    }
}
