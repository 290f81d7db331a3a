package org.factline.search;

/** An existing item that reads like the text being written (more-like-this). */
public record SimilarItem(long id, String link, String title, String status) {}
