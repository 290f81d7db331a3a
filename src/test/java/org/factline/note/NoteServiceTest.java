package org.factline.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factline.audit.AuditEntryDetail;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.note.domain.Note;
import org.factline.search.SearchHit;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class NoteServiceTest extends AbstractNoteTest {

    @Autowired
    NoteService notes;

    @Autowired
    ClaimService claims;

    NoteServiceTest() {
        super("note-checker", "nm", "Claim with notes");
    }

    @Test
    void a_note_is_rendered_safely_moves_the_claim_into_review_and_shows_in_its_history() {
        var note = notes.post(
                claimId,
                "Checked **the filing**. <script>alert('x')</script> [click](javascript:alert(1)) "
                        + "<img src=x onerror=alert(1)> [source](https://example.org/report)");

        assertThat(note.html())
                .contains("<strong>the filing</strong>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script")
                .doesNotContain("javascript:")
                .doesNotContain("<img")
                .contains("href=\"https://example.org/report\"")
                .contains("rel=\"nofollow noopener noreferrer\"");
        assertThat(note.author()).isEqualTo("note-checker");
        assertThat(note.canEdit()).isTrue();
        assertThat(claims.status(claimId)).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(audit.history("claim", String.valueOf(claimId), 10))
                .extracting(AuditEntryDetail::action)
                .contains("note.added");
    }

    /**
     * The author saves one note from two tabs at the same moment, ten times over: one text wins,
     * the other tab is told the note changed, and the revisions hold exactly the texts that won.
     */
    @Test
    void two_saves_of_one_note_at_the_same_moment_keep_one_and_refuse_the_other_clearly() throws Exception {
        var note = notes.post(claimId, "Version 0.");
        var kept = new java.util.ArrayList<String>();
        kept.add("Version 0.");
        for (int round = 1; round <= 10; round++) {
            var current = notes.threads(claimId).stream()
                    .filter(t -> t.root().id() == note.id())
                    .findFirst()
                    .orElseThrow()
                    .root();
            var start = new java.util.concurrent.CyclicBarrier(2);
            var outcomes = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
                for (String tab : java.util.List.of("A", "B")) {
                    String text = "Version " + round + " from tab " + tab + ".";
                    outcomes.add(pool.submit(() ->
                            org.factline.security.SystemAuthentication.runAs("note-checker", () -> {
                                try {
                                    start.await();
                                    notes.edit(note.id(), current.version(), text);
                                    return text;
                                } catch (ConcurrentEditException e) {
                                    return "refused: " + e.getMessage();
                                } catch (Exception e) {
                                    return "failed: " + e;
                                }
                            })));
                }
                var results =
                        java.util.List.of(outcomes.get(0).get(), outcomes.get(1).get());
                assertThat(results)
                        .as("round %d", round)
                        .filteredOn(r -> r.startsWith("Version"))
                        .hasSize(1);
                assertThat(results)
                        .as("round %d", round)
                        .filteredOn(r -> r.startsWith("refused"))
                        .singleElement()
                        .asString()
                        .contains("changed by someone else");
                kept.add(results.stream()
                        .filter(r -> r.startsWith("Version"))
                        .findFirst()
                        .orElseThrow());
            }
        }
        assertThat(notes.revisions(note.id()))
                .extracting(NoteRevisionDetail::markdown)
                .containsExactlyElementsOf(kept.reversed());
    }

    @Test
    void editing_keeps_every_earlier_version_and_a_stale_edit_is_refused() {
        var note = notes.post(claimId, "First version.");
        var second = notes.edit(note.id(), note.version(), "Second version.");
        var third = notes.edit(second.id(), second.version(), "Third version.");

        assertThat(third.revisions()).isEqualTo(2);
        assertThat(third.editedAt()).isNotNull();
        assertThat(notes.revisions(note.id()))
                .extracting(NoteRevisionDetail::markdown)
                .containsExactly("Third version.", "Second version.", "First version.");
        assertThat(notes.revisions(note.id()).getFirst().current()).isTrue();

        assertThatThrownBy(() -> notes.edit(note.id(), second.version(), "Written in an old tab."))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(notes.threads(claimId).getFirst().root().markdown()).isEqualTo("Third version.");
        assertThat(audit.history("claim", String.valueOf(claimId), 10))
                .extracting(AuditEntryDetail::action)
                .contains("note.edited");
    }

    @Test
    void replies_join_the_thread_of_the_note_they_answer() {
        var root = notes.post(claimId, "Who published the figure first?");
        signIn(user("note-checker-2", Role.FACT_CHECKER));
        var reply = notes.reply(root.id(), "The ministry, on its website.");
        var replyToReply = notes.reply(reply.id(), "Archived it.");

        assertThat(reply.parentId()).isEqualTo(root.id());
        assertThat(replyToReply.parentId()).isEqualTo(root.id());
        var threads = notes.threads(claimId);
        assertThat(threads).hasSize(1);
        assertThat(threads.getFirst().replies())
                .extracting(NoteDetail::markdown)
                .containsExactly("The ministry, on its website.", "Archived it.");
        assertThat(threads.getFirst().root().canEdit()).isFalse();
    }

    @Test
    void empty_and_overlong_notes_are_refused_with_the_reason() {
        assertThatThrownBy(() -> notes.post(claimId, "   "))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("body"));
        assertThatThrownBy(() -> notes.post(claimId, "x".repeat(Note.BODY_MAX_LENGTH + 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 10000 characters");
        assertThatThrownBy(() -> notes.post(Long.MAX_VALUE, "On a claim that isn't there."))
                .isInstanceOf(ItemNotFoundException.class)
                .hasMessageContaining("no longer exists");
        assertThat(notes.threads(claimId)).isEmpty();
    }

    @Test
    void fact_checkers_change_only_their_own_notes_editors_and_admins_delete_any() {
        var mine = notes.post(claimId, "Mine.");
        var other = notes.post(claimId, "Also mine, to be deleted by an editor.");
        var third = notes.post(claimId, "Not for an admin alone to delete.");

        signIn(user("note-intruder", Role.FACT_CHECKER));
        assertThatThrownBy(() -> notes.edit(mine.id(), mine.version(), "Changed by someone else."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.delete(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(notes.threads(claimId)).hasSize(3);

        signIn(user("note-editor", Role.EDITOR));
        assertThatThrownBy(() -> notes.edit(other.id(), other.version(), "Editors don't rewrite notes."))
                .isInstanceOf(AccessDeniedException.class);
        notes.delete(other.id());

        signIn(user("note-admin", Role.ADMIN));
        assertThatThrownBy(() -> notes.delete(third.id()))
                .as("moderation is editorial: an admin without the Editor role can't open the claim page either")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.post(claimId, "Admins alone don't write notes."))
                .isInstanceOf(AccessDeniedException.class);
        signIn(user("note-admin-editor", Role.ADMIN, Role.EDITOR));
        notes.delete(third.id());

        signIn("note-checker");
        notes.delete(mine.id());
        assertThat(notes.threads(claimId)).isEmpty();
        assertThat(audit.history("claim", String.valueOf(claimId), 20))
                .filteredOn(e -> e.action().equals("note.deleted"))
                .extracting(AuditEntryDetail::actor)
                .containsExactlyInAnyOrder("note-checker", "note-editor", "note-admin-editor");
    }

    @Test
    void deleting_a_note_keeps_its_replies_and_removes_it_from_search() {
        var root = notes.post(claimId, "The " + marker + " figure is from the annual report.");
        var reply = notes.reply(root.id(), "Confirmed the " + marker + " figure on page 12.");
        assertThat(hits("type:note")).hasSize(2);

        notes.delete(root.id());

        var thread = notes.threads(claimId).getFirst();
        assertThat(thread.root()).isNull();
        assertThat(thread.replies()).extracting(NoteDetail::id).containsExactly(reply.id());
        assertThat(hits("type:note"))
                .extracting(SearchHit::title)
                .containsExactly("Confirmed the " + marker + " figure on page 12.");
        assertThatThrownBy(() -> notes.edit(root.id(), root.version(), "Too late."))
                .isInstanceOf(ItemNotFoundException.class)
                .hasMessageContaining("deleted");
    }

    @Test
    void a_note_with_markup_is_found_by_type_and_its_snippet_is_escaped() {
        notes.post(claimId, "The " + marker + " ministry said <script>alert('x')</script> nothing more.");

        var hit = hits("type:note").getFirst();
        assertThat(hit.type()).isEqualTo("note");
        assertThat(hit.link()).isEqualTo("claims/" + claimId);
        assertThat(hit.author()).isEqualTo("note-checker");
        assertThat(hit.snippetHtml()).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(hit.titleHtml()).doesNotContain("<script");
        assertThat(hits("type:claim")).isEmpty();
    }
}
