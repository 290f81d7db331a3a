package org.factline.claim.ui;

import java.io.OutputStream;
import org.factline.base.export.ExportFormat;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimOrder;

/**
 * An entry other features add to the claims list's Export menu: something that belongs to the
 * claims the list shows (their evidence), written for the list's current filter and order.
 */
public interface ClaimListExport {

    /** What the entry exports, as the menu says it: "Evidence of these claims". */
    String label();

    /** The downloaded file's name without its extension. */
    String fileName();

    void write(ClaimFilter filter, ClaimOrder order, ExportFormat format, OutputStream out);
}
