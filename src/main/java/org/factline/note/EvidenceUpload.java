package org.factline.note;

/** A file uploaded as evidence, as received: the name the browser sent and the bytes. */
public record EvidenceUpload(String fileName, byte[] bytes) {

    public EvidenceUpload {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
