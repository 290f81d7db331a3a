package org.factline.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * An upload whose size limit is enforced while reading on the server (the browser's limit is
 * only a courtesy): the file arrives whole, or as null bytes when it is larger than the limit.
 */
public abstract class BoundedUploadHandler implements UploadHandler {

    private final long maxBytes;

    protected BoundedUploadHandler(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @param bytes the file, or null when it was larger than the limit */
    protected abstract void received(UploadEvent event, String fileName, byte @Nullable [] bytes);

    protected long maxBytes() {
        return maxBytes;
    }

    @Override
    public final void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        }
        received(event, event.getFileName(), bytes);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 1024 * 1024;
    }

    /** @return the bytes, or null when there are more than {@code max} */
    static byte @Nullable [] readAtMost(InputStream in, long max) throws IOException {
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
