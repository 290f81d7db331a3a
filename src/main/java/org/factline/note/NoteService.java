package org.factline.note;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimLink;
import org.factline.claim.ClaimService;
import org.factline.note.domain.Note;
import org.factline.note.domain.NoteRepository;
import org.factline.note.domain.NoteRevisionRepository;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fact-check notes on claims: write, reply (threads are one level deep: a reply to a reply joins
 * the same thread), edit one's own note with every earlier version kept, and delete (authors their
 * own; editors and admins any). Mentions of teammates and replies are published for notifications.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class NoteService {

    private final NoteRepository notes;
    private final NoteRevisionRepository revisions;
    private final ClaimService claims;
    private final NoteMarkup markup;
    private final NoteViews views;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoteService(
            NoteRepository notes,
            NoteRevisionRepository revisions,
            ClaimService claims,
            NoteMarkup markup,
            NoteViews views,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notes = notes;
        this.revisions = revisions;
        this.claims = claims;
        this.markup = markup;
        this.views = views;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The live-update topic of a claim's notes and evidence. */
    public static String liveTopic(long claimId) {
        return "claim-notes:" + claimId;
    }

    /** Every thread on the claim, oldest first, replies under their note. */
    @Transactional(readOnly = true)
    public List<NoteThread> threads(long claimId) {
        return views.threads(notes.findByClaimIdOrderByCreatedAtAscIdAsc(claimId));
    }

    /** One note (a deleted one is not found). */
    @Transactional(readOnly = true)
    public NoteDetail get(long noteId) {
        return views.of(load(noteId));
    }

    /** Starts a new thread on the claim. */
    public NoteDetail post(long claimId, String markdown) {
        ClaimLink claim = claim(claimId);
        String body = clean(markdown);
        Map<String, String> mentioned = markup.mentionedMembers(body);
        Note note = notes.saveAndFlush(new Note(claimId, null, currentUser.actorName(), body, mentioned.keySet()));
        claims.startReview(claimId);
        audit(
                "note.added",
                note,
                "Added a note: " + quote(body),
                null,
                Map.of("note", note.getId(), "body", excerpt(body)));
        published(note, claim, null, mentioned.keySet());
        return views.of(note);
    }

    /** Answers a note; the reply joins that note's thread. */
    public NoteDetail reply(long noteId, String markdown) {
        Note parent = load(noteId);
        ClaimLink claim = claim(parent.getClaimId());
        String body = clean(markdown);
        Map<String, String> mentioned = markup.mentionedMembers(body);
        Long root = parent.getParentId() != null ? parent.getParentId() : parent.getId();
        Note note = notes.saveAndFlush(
                new Note(parent.getClaimId(), root, currentUser.actorName(), body, mentioned.keySet()));
        audit(
                "note.replied",
                note,
                "Replied to " + parent.getAuthor() + ": " + quote(body),
                null,
                Map.of("note", note.getId(), "inReplyTo", noteId, "body", excerpt(body)));
        published(note, claim, parent.getAuthor(), mentioned.keySet());
        return views.of(note);
    }

    /**
     * Replaces the text of one's own note; the text replaced is kept as a revision.
     *
     * @param expectedVersion the version the author edited; a newer one means another tab saved first
     */
    public NoteDetail edit(long noteId, long expectedVersion, String markdown) {
        Note note = load(noteId);
        if (!note.getAuthor().equals(currentUser.actorName())) {
            throw new AccessDeniedException("Only its author can edit a note.");
        }
        if (note.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This note");
        }
        String body = clean(markdown);
        if (body.equals(note.getBody())) {
            return views.of(note);
        }
        String before = note.getBody();
        Set<String> earlier = note.getMentions();
        Map<String, String> mentioned = markup.mentionedMembers(body);
        try {
            revisions.save(note.edit(body, mentioned.keySet(), clock.instant()));
            notes.saveAndFlush(note);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ConcurrentEditException("This note");
        }
        audit(
                "note.edited",
                note,
                "Edited a note: " + quote(body),
                Map.of("note", note.getId(), "body", excerpt(before)),
                Map.of("note", note.getId(), "body", excerpt(body)));
        var fresh = new HashSet<>(mentioned.keySet());
        fresh.removeAll(earlier);
        published(note, claim(note.getClaimId()), null, fresh);
        return views.of(note);
    }

    /**
     * Hides a note (its author, or an editor); replies stay, under "note deleted". Moderation is
     * editorial work, done on the claim page: an admin needs the Editor role for it, as for every
     * claim page.
     */
    @RolesAllowed(AppRoles.FACT_CHECKER)
    public void delete(long noteId) {
        Note note = load(noteId);
        String me = currentUser.actorName();
        boolean moderator = currentUser.hasRole(AppRoles.Role.EDITOR);
        if (!note.getAuthor().equals(me) && !moderator) {
            throw new AccessDeniedException("Only its author or an editor can delete a note.");
        }
        note.delete(me, clock.instant());
        notes.saveAndFlush(note);
        audit(
                "note.deleted",
                note,
                "Deleted a note by " + note.getAuthor() + ": " + quote(note.getBody()),
                Map.of("note", note.getId(), "author", note.getAuthor(), "body", excerpt(note.getBody())),
                null);
        events.publishEvent(new NotesChanged(note.getClaimId()));
    }

    /** Every version of a note's text, the current one first. */
    @Transactional(readOnly = true)
    public List<NoteRevisionDetail> revisions(long noteId) {
        Note note = load(noteId);
        return views.revisions(note, revisions.findByNoteIdOrderByWrittenAtDescIdDesc(noteId));
    }

    /** The note as it will look, for the editor's preview (mentions of teammates marked). */
    @Transactional(readOnly = true)
    public String preview(String markdown) {
        String text = markdown == null ? "" : markdown;
        return NoteMarkup.html(text, markup.mentionedMembers(text).keySet());
    }

    private void published(Note note, ClaimLink claim, @Nullable String repliedTo, Set<String> mentioned) {
        events.publishEvent(new NotePosted(
                note.getId(),
                note.getClaimId(),
                claim.text(),
                note.getAuthor(),
                repliedTo,
                mentioned,
                quote(note.getBody())));
        events.publishEvent(new NotesChanged(note.getClaimId()));
    }

    private ClaimLink claim(long claimId) {
        return claims.links(List.of(claimId)).stream()
                .findFirst()
                .orElseThrow(() -> new ItemNotFoundException("This claim no longer exists."));
    }

    private Note load(long noteId) {
        return notes.findById(noteId)
                .orElseThrow(() -> new ItemNotFoundException("This note has been deleted in the meantime."));
    }

    private static String clean(@Nullable String markdown) {
        String body = markdown == null ? "" : markdown.strip();
        if (body.isEmpty()) {
            throw new ValidationException("body", "Write the note first.");
        }
        if (body.length() > Note.BODY_MAX_LENGTH) {
            throw new ValidationException(
                    "body",
                    "A note can have at most " + Note.BODY_MAX_LENGTH + " characters; this one has " + body.length()
                            + ". Split it, or move long material into an evidence item.");
        }
        return body;
    }

    /**
     * A note's text in the audit log: the full history lives in the revisions table, the log keeps
     * enough to read (its state columns hold 10,000 characters of JSON).
     */
    static String excerpt(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "\u2026";
    }

    /** The start of a note as one line of plain text. */
    static String quote(String markdown) {
        String plain = Note.plainText(markdown);
        return "\u201c" + (plain.length() <= 80 ? plain : plain.substring(0, 79).strip() + "\u2026") + "\u201d";
    }

    private void audit(
            String action, Note note, String summary, @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        events.publishEvent(new AuditRecord(
                currentUser.actorName(), action, "claim", String.valueOf(note.getClaimId()), summary, before, after));
    }
}
