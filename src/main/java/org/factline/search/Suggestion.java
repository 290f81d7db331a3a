package org.factline.search;

/** An autocomplete entry of the header search box. */
public record Suggestion(String type, long id, String link, String title) {}
