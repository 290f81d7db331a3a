package org.factline.article.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import java.util.function.Consumer;
import org.factline.article.ArticleImportService;
import org.factline.article.ImportOutcome;
import org.factline.base.ui.BoundedUploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * Receives uploaded files within the import size limit and imports them outside the UI lock so
 * the page stays responsive; each result is pushed to the dialog when ready.
 */
final class ArticleUploadHandler extends BoundedUploadHandler {

    private final ArticleImportService service;
    private final Consumer<ImportOutcome> report;

    ArticleUploadHandler(ArticleImportService service, long maxBytes, Consumer<ImportOutcome> report) {
        super(maxBytes);
        this.service = service;
        this.report = report;
    }

    @Override
    protected void received(UploadEvent event, String fileName, byte @Nullable [] bytes) {
        ImportOutcome outcome = bytes == null
                ? ImportOutcome.failedFor(
                        fileName, "The file is larger than the import limit of " + maxBytes() / (1024 * 1024) + " MB.")
                : service.importFile(fileName, bytes);
        event.getUI().access(() -> report.accept(outcome));
    }
}
