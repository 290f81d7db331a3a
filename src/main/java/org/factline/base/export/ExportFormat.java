package org.factline.base.export;

/** The file formats of the lists' exports. */
public enum ExportFormat {
    /** RFC 4180 comma-separated values in UTF-8, one header row, formula cells neutralised. */
    CSV("CSV", "csv", "text/csv;charset=UTF-8"),
    /** One JSON array of objects whose keys are the CSV's column names. */
    JSON("JSON", "json", "application/json");

    private final String label;
    private final String extension;
    private final String contentType;

    ExportFormat(String label, String extension, String contentType) {
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
