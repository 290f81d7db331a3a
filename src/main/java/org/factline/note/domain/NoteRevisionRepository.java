package org.factline.note.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NoteRevisionRepository extends JpaRepository<NoteRevision, Long> {

    List<NoteRevision> findByNoteIdOrderByWrittenAtDescIdDesc(long noteId);

    @Query("select new org.factline.note.domain.RevisionCount(r.noteId, count(r)) from NoteRevision r"
            + " where r.noteId in :noteIds group by r.noteId")
    List<RevisionCount> countByNote(Collection<Long> noteIds);
}
