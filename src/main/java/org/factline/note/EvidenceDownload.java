package org.factline.note;

/** An evidence file to send to the browser as an attachment; {@code mediaType} was checked on upload. */
public record EvidenceDownload(String fileName, String mediaType, byte[] bytes) {

    public EvidenceDownload {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
