package org.factline.article;

/** A file someone uploaded for import, as received. */
public record UploadedFile(String name, byte[] bytes) {}
