package org.factline.search;

/** Result order on the search page. */
public enum SearchSort {
    RELEVANCE("Best match"),
    NEWEST("Newest first"),
    OLDEST("Oldest first");

    private final String label;

    SearchSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
