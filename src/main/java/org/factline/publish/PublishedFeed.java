package org.factline.publish;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of the feeds: the full verdicts, newest approval first.
 *
 * @param changedAt when anything in the feed last changed: a verdict approved or withdrawn, or
 *     something its verdicts show (null: no verdict ever)
 */
public record PublishedFeed(
        List<PublishedVerdictDetail> verdicts, @Nullable Instant changedAt) {

    public PublishedFeed {
        verdicts = List.copyOf(verdicts);
    }
}
