package org.factline.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factline.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A batch of imports someone started; its items ({@link ImportJobItem}) are the work. */
@Entity
@Table(name = "import_job")
public class ImportJob extends AbstractEntity {

    public static final int LABEL_MAX_LENGTH = 200;

    @Column(name = "label", nullable = false, length = LABEL_MAX_LENGTH)
    private String label;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "cancelled_by", length = 40)
    private @Nullable String cancelledBy;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    protected ImportJob() {
        this.label = "";
        this.createdBy = "";
    }

    public ImportJob(String label, String createdBy) {
        this.label = label.length() <= LABEL_MAX_LENGTH ? label : label.substring(0, LABEL_MAX_LENGTH - 1) + "…";
        this.createdBy = createdBy;
    }

    public void cancelled(String by, Instant at) {
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    /** "Retry failed" starts the job again. */
    public void resumed() {
        this.cancelledBy = null;
        this.cancelledAt = null;
    }

    public String getLabel() {
        return label;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public @Nullable String getCancelledBy() {
        return cancelledBy;
    }

    public @Nullable Instant getCancelledAt() {
        return cancelledAt;
    }
}
