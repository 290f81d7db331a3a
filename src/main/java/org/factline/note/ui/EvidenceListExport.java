package org.factline.note.ui;

import java.io.OutputStream;
import org.factline.base.export.ExportFormat;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimOrder;
import org.factline.claim.ui.ClaimListExport;
import org.factline.note.EvidenceExport;
import org.springframework.stereotype.Component;

/** In the claims list's Export menu: the evidence of the claims the list shows. */
@Component
class EvidenceListExport implements ClaimListExport {

    private final EvidenceExport export;

    EvidenceListExport(EvidenceExport export) {
        this.export = export;
    }

    @Override
    public String label() {
        return "Evidence of these claims";
    }

    @Override
    public String fileName() {
        return "factline-evidence";
    }

    @Override
    public void write(ClaimFilter filter, ClaimOrder order, ExportFormat format, OutputStream out) {
        export.write(filter, order, format, out);
    }
}
