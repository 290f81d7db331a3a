package org.factline.note.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of an uploaded evidence file; name, type and size are on {@link Evidence}. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    /** Larger uploads are refused. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "bytes", nullable = false, length = MAX_BYTES)
    private byte[] bytes;

    protected EvidenceFile() {
        this.evidenceId = 0L;
        this.bytes = new byte[0];
    }

    public EvidenceFile(long evidenceId, byte[] bytes) {
        this.evidenceId = evidenceId;
        this.bytes = bytes.clone();
    }

    public long getEvidenceId() {
        return evidenceId;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
