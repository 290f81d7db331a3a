package org.factline.note.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factline.base.domain.AbstractEntity;

/** The text a note had before an edit, and when that text was written. Never changed. */
@Entity
@Table(name = "note_revision")
public class NoteRevision extends AbstractEntity {

    @Column(name = "note_id", nullable = false, updatable = false)
    private long noteId;

    @Column(name = "body", nullable = false, updatable = false, length = Note.BODY_MAX_LENGTH)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected NoteRevision() {
        this.body = "";
        this.writtenAt = Instant.EPOCH;
    }

    NoteRevision(long noteId, String body, Instant writtenAt) {
        this.noteId = noteId;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public long getNoteId() {
        return noteId;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
