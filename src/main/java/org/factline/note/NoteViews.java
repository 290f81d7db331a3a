package org.factline.note;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.note.domain.Note;
import org.factline.note.domain.NoteRevision;
import org.factline.note.domain.NoteRevisionRepository;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Notes as the signed-in user sees them: rendered, with author names and what they may do. */
@Component
class NoteViews {

    private final NoteRevisionRepository revisions;
    private final NoteMarkup markup;
    private final CurrentUser currentUser;

    NoteViews(NoteRevisionRepository revisions, NoteMarkup markup, CurrentUser currentUser) {
        this.revisions = revisions;
        this.markup = markup;
        this.currentUser = currentUser;
    }

    NoteDetail of(Note note) {
        return views(List.of(note)).getFirst();
    }

    /** Threads in order of their first note; a reply whose note was deleted keeps its thread. */
    List<NoteThread> threads(List<Note> notesOldestFirst) {
        List<NoteDetail> all = views(notesOldestFirst);
        var byRoot = new LinkedHashMap<Long, List<NoteDetail>>();
        var roots = new LinkedHashMap<Long, NoteDetail>();
        for (NoteDetail v : all) {
            long root = v.parentId() == null ? v.id() : v.parentId();
            byRoot.computeIfAbsent(root, r -> new ArrayList<>());
            if (v.parentId() == null) {
                roots.put(v.id(), v);
            } else {
                byRoot.get(root).add(v);
            }
        }
        return byRoot.entrySet().stream()
                .map(e -> new NoteThread(e.getKey(), roots.get(e.getKey()), e.getValue()))
                .toList();
    }

    List<NoteRevisionDetail> revisions(Note note, List<NoteRevision> earlierNewestFirst) {
        var result = new ArrayList<NoteRevisionDetail>();
        var current = note.getEditedAt() != null
                ? note.getEditedAt()
                : note.getCreatedAt() != null ? note.getCreatedAt() : Instant.EPOCH;
        result.add(new NoteRevisionDetail(
                note.getBody(), NoteMarkup.html(note.getBody(), note.getMentions()), current, true));
        for (NoteRevision r : earlierNewestFirst) {
            // Earlier texts are marked against today's accounts: a mention then is a mention now.
            var mentions = markup.mentionedMembers(r.getBody()).keySet();
            result.add(new NoteRevisionDetail(
                    r.getBody(), NoteMarkup.html(r.getBody(), mentions), r.getWrittenAt(), false));
        }
        return result;
    }

    private List<NoteDetail> views(Collection<Note> notes) {
        if (notes.isEmpty()) {
            return List.of();
        }
        Set<String> authors = notes.stream().map(Note::getAuthor).collect(Collectors.toSet());
        Map<String, String> names = markup.names(authors);
        Map<Long, Long> edits = new HashMap<>();
        revisions
                .countByNote(notes.stream().map(Note::getId).toList())
                .forEach(r -> edits.put(r.noteId(), r.revisions()));
        String me = currentUser.actorName();
        boolean moderator = currentUser.hasRole(AppRoles.Role.EDITOR);
        return notes.stream()
                .map(n -> new NoteDetail(
                        n.getId(),
                        n.getClaimId(),
                        n.getParentId(),
                        n.getAuthor(),
                        names.getOrDefault(n.getAuthor(), n.getAuthor()),
                        n.getBody(),
                        NoteMarkup.html(n.getBody(), n.getMentions()),
                        n.getCreatedAt(),
                        n.getEditedAt(),
                        edits.getOrDefault(n.getId(), 0L).intValue(),
                        n.getVersion(),
                        n.getAuthor().equals(me),
                        n.getAuthor().equals(me) || moderator))
                .toList();
    }
}
