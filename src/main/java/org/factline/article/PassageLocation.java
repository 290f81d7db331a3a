package org.factline.article;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of finding an anchored passage again.
 *
 * @param found false when the quoted words are no longer in the text ("anchor lost")
 * @param moved the words are there, at another place than before
 * @param version the version of the article's text looked in
 * @param nearestText for a lost passage: the text of this version that took its place, if any
 */
public record PassageLocation(
        boolean found,
        boolean moved,
        int start,
        int end,
        int version,
        @Nullable String nearestText) {}
