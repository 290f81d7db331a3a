package org.factline.worthiness;

import java.time.Instant;
import java.util.List;

/** The team's feedback so far and the retrained models, for the admin page. */
public record ModelHistory(
        String activeModel, String shippedModel, long claimedSentences, long dismissedSentences, List<Entry> models) {

    public record Entry(
            String name,
            Instant createdAt,
            String createdBy,
            int trainingItems,
            int heldOutItems,
            String previousName,
            double previousScore,
            double newScore,
            boolean active) {}
}
