package org.factline.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.factline.article.ArticleImportService;
import org.factline.article.ImportOutcome;

/**
 * Receives uploaded files on the server with the size limit enforced while reading (the browser's
 * limit is only a courtesy), and imports them outside the UI lock so the page stays responsive;
 * each result is pushed to the dialog when ready.
 */
final class ArticleUploadHandler implements UploadHandler {

    private final ArticleImportService service;
    private final long maxBytes;
    private final Consumer<ImportOutcome> report;

    ArticleUploadHandler(ArticleImportService service, long maxBytes, Consumer<ImportOutcome> report) {
        this.service = service;
        this.maxBytes = maxBytes;
        this.report = report;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        }
        ImportOutcome outcome = bytes == null
                ? ImportOutcome.failedFor(
                        name, "The file is larger than the import limit of " + maxBytes / (1024 * 1024) + " MB.")
                : service.importFile(name, bytes);
        UI ui = event.getUI();
        ui.access(() -> report.accept(outcome));
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
    static byte[] readAtMost(InputStream in, long max) throws IOException {
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
