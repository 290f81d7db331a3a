package org.factline.note.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import java.util.function.BiConsumer;
import org.factline.base.ui.BoundedUploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * Receives an evidence file within the size limit and hands it to the dialog through the UI; too
 * large a file arrives as null bytes.
 */
final class EvidenceUploadHandler extends BoundedUploadHandler {

    private final BiConsumer<String, byte[]> received;

    EvidenceUploadHandler(long maxBytes, BiConsumer<String, byte[]> received) {
        super(maxBytes);
        this.received = received;
    }

    @Override
    protected void received(UploadEvent event, String fileName, byte @Nullable [] bytes) {
        event.getUI().access(() -> received.accept(fileName, bytes));
    }
}
