package org.factline.note;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.note.domain.Evidence;
import org.factline.note.domain.EvidenceFields;
import org.factline.note.domain.EvidenceFile;
import org.factline.note.domain.EvidenceFileRepository;
import org.factline.note.domain.EvidenceRepository;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence items on claims: a web source (http/https only) or an uploaded file (at most 10 MB,
 * checked by content), with source type, stance, exact quote and translation, archived copy and
 * access date. Who added an item may edit it; they, editors and admins may delete it. Items stay
 * with the team unless an editor shows them on the claim's public verdict page; a change by anyone
 * but an editor takes a public item off that page again, so the public never reads text no
 * editor has seen.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class EvidenceService {

    private final EvidenceRepository evidence;
    private final EvidenceFileRepository files;
    private final ClaimService claims;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(
            EvidenceRepository evidence,
            EvidenceFileRepository files,
            ClaimService claims,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.evidence = evidence;
        this.files = files;
        this.claims = claims;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The claim's evidence, in the order it was added. */
    @Transactional(readOnly = true)
    public List<EvidenceDetail> list(long claimId) {
        return evidence.findByClaimIdOrderByCreatedAtAscIdAsc(claimId).stream()
                .map(this::view)
                .toList();
    }

    /** One evidence item (a deleted one is not found). */
    @Transactional(readOnly = true)
    public EvidenceDetail get(long evidenceId) {
        return view(load(evidenceId));
    }

    /** @param upload the uploaded file, or null for a web source only */
    public EvidenceDetail add(long claimId, EvidenceForm form, @Nullable EvidenceUpload upload) {
        EvidenceFields fields = EvidenceRules.check(form, upload != null, clock);
        String mediaType = upload == null ? null : EvidenceFiles.check(upload);
        if (claims.links(List.of(claimId)).isEmpty()) {
            throw new ItemNotFoundException("This claim no longer exists.");
        }
        var item = new Evidence(claimId, currentUser.actorName(), fields);
        if (upload != null && mediaType != null) {
            item.attachFile(EvidenceFiles.storedName(upload.fileName(), mediaType), mediaType, upload.size());
        }
        evidence.saveAndFlush(item);
        if (upload != null) {
            files.save(new EvidenceFile(item.getId(), upload.bytes()));
        }
        claims.startReview(claimId);
        audit("evidence.added", item, "Added evidence: " + describe(item), null, snapshot(item));
        events.publishEvent(new NotesChanged(claimId));
        return view(item);
    }

    /** Changes the describing fields of one's own item; an uploaded file stays as it is. */
    public EvidenceDetail edit(long evidenceId, long expectedVersion, EvidenceForm form) {
        Evidence item = load(evidenceId);
        if (!item.getAddedBy().equals(currentUser.actorName())) {
            throw new AccessDeniedException("Only who added an evidence item can edit it.");
        }
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This evidence item");
        }
        EvidenceFields fields = EvidenceRules.check(form, item.getFileName() != null, clock);
        var before = snapshot(item);
        item.change(fields);
        boolean wasPublic = item.isShownPublicly();
        if (currentUser.hasRole(AppRoles.Role.EDITOR)) {
            item.publicTextChanged(clock.instant());
        } else {
            item.showPublicly(false, clock.instant());
        }
        try {
            evidence.saveAndFlush(item);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ConcurrentEditException("This evidence item");
        }
        audit(
                "evidence.edited",
                item,
                "Edited evidence: " + describe(item)
                        + (wasPublic && !item.isShownPublicly()
                                ? " (no longer public until an editor shows it again)"
                                : ""),
                before,
                snapshot(item));
        events.publishEvent(new NotesChanged(item.getClaimId()));
        return view(item);
    }

    /**
     * An editor shows the item on the claim's public verdict page (source, stance, quote,
     * translation, archived copy; never the file, who added it or when), or takes it off.
     */
    @RolesAllowed(AppRoles.EDITOR)
    public EvidenceDetail showPublicly(long evidenceId, long expectedVersion, boolean shown) {
        Evidence item = load(evidenceId);
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This evidence item");
        }
        if (item.isShownPublicly() == shown) {
            return view(item);
        }
        var before = snapshot(item);
        item.showPublicly(shown, clock.instant());
        try {
            evidence.saveAndFlush(item);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ConcurrentEditException("This evidence item");
        }
        audit(
                shown ? "evidence.made-public" : "evidence.made-private",
                item,
                (shown ? "Made evidence public: " : "Took evidence off the public page: ") + describe(item),
                before,
                snapshot(item));
        events.publishEvent(new NotesChanged(item.getClaimId()));
        return view(item);
    }

    /**
     * The items editors made public on each of {@code claimIds}, in the order they were added (one
     * query for all): what a public verdict page shows of the evidence.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<PublicEvidence>> publicEvidence(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return evidence.findByClaimIdInAndShownPubliclyTrueOrderByCreatedAtAscIdAsc(claimIds).stream()
                .collect(Collectors.groupingBy(
                        Evidence::getClaimId,
                        LinkedHashMap::new,
                        Collectors.mapping(EvidenceService::publicView, Collectors.toList())));
    }

    /**
     * When what the public sees of each claim's evidence last changed, deleted items included
     * (taking a public item away changes the page too); claims whose evidence was never public are
     * left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Instant> publicEvidenceChanged(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, Instant>();
        evidence.lastPublicChanges(claimIds)
                .forEach(row -> result.put(((Number) row[0]).longValue(), EvidenceRepository.changedAt(row[1])));
        return result;
    }

    private static PublicEvidence publicView(Evidence e) {
        return new PublicEvidence(
                e.getTitle(),
                e.getUrl(),
                e.getUrlHost(),
                e.getArchiveUrl(),
                e.getSourceType(),
                e.getStance(),
                e.getQuote(),
                e.getOriginalLanguage(),
                e.getTranslation(),
                e.getAccessedOn());
    }

    /** Hides an item (who added it, or an editor); the audit log keeps what it was. */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public void delete(long evidenceId) {
        Evidence item = load(evidenceId);
        String me = currentUser.actorName();
        if (!item.getAddedBy().equals(me) && !moderator()) {
            throw new AccessDeniedException("Only who added it or an editor can delete an evidence item.");
        }
        item.delete(me, clock.instant());
        evidence.saveAndFlush(item);
        audit(
                "evidence.deleted",
                item,
                "Deleted evidence added by " + item.getAddedBy() + ": " + describe(item),
                snapshot(item),
                null);
        events.publishEvent(new NotesChanged(item.getClaimId()));
    }

    /** The uploaded file of an item, to download. */
    @Transactional(readOnly = true)
    public EvidenceDownload file(long evidenceId) {
        Evidence item = load(evidenceId);
        if (item.getFileName() == null || item.getFileType() == null) {
            throw new ValidationException("This evidence item has no file.");
        }
        byte[] bytes = files.findById(evidenceId)
                .map(EvidenceFile::getBytes)
                .orElseThrow(() -> new ItemNotFoundException("The file of this evidence item is missing."));
        return new EvidenceDownload(item.getFileName(), item.getFileType(), bytes);
    }

    private boolean moderator() {
        return currentUser.hasRole(AppRoles.Role.EDITOR);
    }

    private Evidence load(long id) {
        return evidence.findById(id)
                .orElseThrow(() -> new ItemNotFoundException("This evidence item has been deleted in the meantime."));
    }

    private EvidenceDetail view(Evidence e) {
        boolean mine = e.getAddedBy().equals(currentUser.actorName());
        return new EvidenceDetail(
                e.getId(),
                e.getClaimId(),
                e.getTitle(),
                e.getUrl(),
                e.getUrlHost(),
                e.getArchiveUrl(),
                e.getSourceType(),
                e.getStance(),
                e.getQuote(),
                e.getOriginalLanguage(),
                e.getTranslation(),
                e.getAccessedOn(),
                e.getAddedBy(),
                e.getCreatedAt(),
                e.getFileName(),
                e.getFileType(),
                e.getFileSize(),
                e.getVersion(),
                mine,
                mine || moderator(),
                e.isShownPublicly(),
                currentUser.hasRole(AppRoles.Role.EDITOR));
    }

    private static String describe(Evidence e) {
        String what = e.getTitle() != null
                ? e.getTitle()
                : e.getUrlHost() != null ? e.getUrlHost() : e.getFileName() != null ? e.getFileName() : "";
        return e.getStance().label().toLowerCase(Locale.ROOT) + ", "
                + e.getSourceType().label().toLowerCase(Locale.ROOT)
                + (what.isEmpty() ? "" : " (" + what + ")");
    }

    private static Map<String, ?> snapshot(Evidence e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("evidence", e.getId());
        m.put("sourceType", e.getSourceType().name());
        m.put("stance", e.getStance().name());
        m.put("public", e.isShownPublicly());
        putIf(m, "title", e.getTitle());
        putIf(m, "url", e.getUrl());
        putIf(m, "archiveUrl", e.getArchiveUrl());
        putIf(m, "quote", e.getQuote());
        putIf(m, "originalLanguage", e.getOriginalLanguage());
        putIf(m, "translation", e.getTranslation());
        putIf(
                m,
                "accessedOn",
                e.getAccessedOn() == null ? null : e.getAccessedOn().toString());
        putIf(m, "file", e.getFileName());
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, @Nullable Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private void audit(
            String action,
            Evidence e,
            String summary,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        events.publishEvent(new AuditRecord(
                currentUser.actorName(), action, "claim", String.valueOf(e.getClaimId()), summary, before, after));
    }
}
