package org.factline.article.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import java.util.function.Consumer;
import org.factline.article.ImportOutcome;
import org.factline.article.UploadedFile;
import org.factline.base.ui.BoundedUploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * Receives uploaded files within the import size limit and hands each to the dialog (under the
 * UI lock), which submits them as one import job; a file over the limit is reported at once.
 */
final class ArticleUploadHandler extends BoundedUploadHandler {

    private final Consumer<UploadedFile> received;
    private final Consumer<ImportOutcome> refused;

    ArticleUploadHandler(long maxBytes, Consumer<UploadedFile> received, Consumer<ImportOutcome> refused) {
        super(maxBytes);
        this.received = received;
        this.refused = refused;
    }

    @Override
    protected void received(UploadEvent event, String fileName, byte @Nullable [] bytes) {
        event.getUI().access(() -> {
            if (bytes == null) {
                refused.accept(ImportOutcome.failedFor(
                        fileName,
                        "The file is larger than the import limit of " + maxBytes() / (1024 * 1024) + " MB."));
            } else {
                received.accept(new UploadedFile(fileName, bytes));
            }
        });
    }
}
