package org.factline.article;

/**
 * The outcome of finding an anchored passage again.
 *
 * @param found false when the quoted words are no longer in the text ("anchor lost")
 * @param moved the words are there, at another place than before
 */
public record PassageLocation(boolean found, boolean moved, int start, int end) {}
