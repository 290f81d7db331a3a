package org.factline.note;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.note.domain.EvidenceRepository;
import org.factline.note.domain.NoteRepository;
import org.factline.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many notes and evidence items claims have, in two grouped queries (review queue, lists). */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimNoteCounts {

    private final NoteRepository notes;
    private final EvidenceRepository evidence;

    ClaimNoteCounts(NoteRepository notes, EvidenceRepository evidence) {
        this.notes = notes;
        this.evidence = evidence;
    }

    /** Counts by claim id; claims without any are left out (use {@link NoteCounts#NONE}). */
    public Map<Long, NoteCounts> of(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        var ids = List.copyOf(claimIds);
        var noteCounts = new HashMap<Long, Long>();
        notes.countByClaim(ids).forEach(c -> noteCounts.put(c.claimId(), c.count()));
        var evidenceCounts = new HashMap<Long, Long>();
        evidence.countByClaim(ids).forEach(c -> evidenceCounts.put(c.claimId(), c.count()));
        var result = new HashMap<Long, NoteCounts>();
        for (Long id : ids) {
            long n = noteCounts.getOrDefault(id, 0L);
            long e = evidenceCounts.getOrDefault(id, 0L);
            if (n > 0 || e > 0) {
                result.put(id, new NoteCounts(n, e));
            }
        }
        return result;
    }
}
