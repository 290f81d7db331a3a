package org.factline.search;

import org.jspecify.annotations.Nullable;

/**
 * An item whose meaning is near a given text (kNN over sentence embeddings).
 *
 * @param title the item's title: for a claim, its text
 * @param verdict the published verdict, lowercase with underscores, or null
 * @param cosine cosine similarity of the two embeddings, in [-1, 1]
 */
public record NearbyItem(
        long id,
        String link,
        String title,
        String status,
        @Nullable String verdict,
        double cosine) {}
