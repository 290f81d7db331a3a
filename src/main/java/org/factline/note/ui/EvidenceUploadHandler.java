package org.factline.note.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * Receives an evidence file with the size limit enforced while reading (the browser's check is a
 * courtesy) and hands it to the dialog through the UI; too large a file arrives as null bytes.
 */
final class EvidenceUploadHandler implements UploadHandler {

    private final long maxBytes;
    private final BiConsumer<String, byte[]> received;

    EvidenceUploadHandler(long maxBytes, BiConsumer<String, byte[]> received) {
        this.maxBytes = maxBytes;
        this.received = received;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        }
        byte[] result = bytes;
        event.getUI().access(() -> received.accept(name, result));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 1024 * 1024;
    }

    private static byte @org.jspecify.annotations.Nullable [] readAtMost(InputStream in, long max) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
