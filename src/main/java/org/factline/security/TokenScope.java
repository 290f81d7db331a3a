package org.factline.security;

/**
 * What a personal access token may do on top of its owner's roles: {@link #READ} only reads
 * (GET/HEAD), {@link #READ_WRITE} may also change things the owner may change.
 */
public enum TokenScope {
    READ("read", "Read only"),
    READ_WRITE("read-write", "Read and write");

    /** Authority every token holds. */
    public static final String READ_AUTHORITY = "SCOPE_read";

    /** Authority only {@link #READ_WRITE} tokens hold. */
    public static final String WRITE_AUTHORITY = "SCOPE_write";

    private final String code;
    private final String label;

    TokenScope(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The scope as the API and the docs name it ({@code read}, {@code read-write}). */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean canWrite() {
        return this == READ_WRITE;
    }
}
