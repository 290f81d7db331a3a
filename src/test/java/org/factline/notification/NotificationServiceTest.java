package org.factline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.factline.MockTabs.tab;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.factline.AbstractIntegrationTest;
import org.factline.base.EventRedelivery;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ui.Broadcaster;
import org.factline.claim.ClaimAssignments;
import org.factline.claim.ClaimService;
import org.factline.claim.Verdict;
import org.factline.note.NoteDetail;
import org.factline.note.NotePosted;
import org.factline.note.NoteService;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who is told about what, reading notifications, and the live bell and claim-page updates. */
class NotificationServiceTest extends AbstractIntegrationTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    NoteService notes;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    @Autowired
    ClaimAssignments assignments;

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventRedelivery redelivery;

    String author;
    String teammate;
    long claimId;

    @BeforeEach
    void people() {
        author = user(unique("nt-author"), Role.FACT_CHECKER);
        teammate = user(unique("nt-mate"), Role.FACT_CHECKER);
        signIn(author);
        claimId = newClaim("Claim people talk about");
    }

    @Test
    void a_mention_tells_the_teammate_and_unknown_names_stay_text() {
        var note = notes.post(
                claimId,
                "@" + teammate.toUpperCase() + ", can you check this? cc @nobody-here, " + "mail me at someone@"
                        + teammate + ".org");
        awaitEvents();

        assertThat(note.html())
                .contains("<span class=\"mention\">@" + teammate.toUpperCase() + "</span>")
                .doesNotContain("mention\">@nobody-here");
        signIn(teammate);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        var n = notifications.recent(10).getFirst();
        assertThat(n.kind()).isEqualTo(NotificationKind.MENTION);
        assertThat(n.actor()).isEqualTo(author);
        assertThat(n.message()).contains(author + " mentioned you").contains("can you check this?");
        assertThat(n.link()).isEqualTo("claims/" + claimId);
        signIn(author);
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void an_edit_tells_only_people_mentioned_for_the_first_time() {
        String third = user(unique("nt-third"), Role.FACT_CHECKER);
        var note = notes.post(claimId, "Asking @" + teammate);
        notes.edit(note.id(), note.version(), "Asking @" + teammate + " and @" + third);
        awaitEvents();

        signIn(teammate);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        signIn(third);
        assertThat(notifications.recent(10))
                .singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.MENTION));
    }

    @Test
    void a_reply_tells_the_author_of_the_note_but_nobody_is_told_about_their_own_action() {
        var note = notes.post(claimId, "Where does the number come from?");
        notes.reply(note.id(), "Answering myself: the annual report.");
        awaitEvents();
        assertThat(notifications.unreadCount()).isZero();

        signIn(teammate);
        notes.reply(note.id(), "Page 12 of the report.");
        awaitEvents();
        signIn(author);
        assertThat(notifications.recent(10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REPLY);
            assertThat(n.message()).contains(teammate + " replied to your note").contains("Page 12");
        });
    }

    @Test
    void decisions_tell_the_claim_creator_and_the_proposer() {
        signIn(teammate);
        review.propose(claimId, version(), Verdict.FALSE, "The filing says the opposite.");
        String editor = user("nt-editor", Role.EDITOR);
        signIn(editor);
        review.reject(claimId, version(), "Cite the filing itself.");
        awaitEvents();
        signIn(teammate);
        review.propose(claimId, version(), Verdict.FALSE, "Filing linked in the evidence.");
        signIn(editor);
        review.approve(claimId, version());
        // a notification is as new as its delivery: let the approval's arrive before the reopening's
        awaitEvents();
        review.reopen(claimId, version());
        awaitEvents();

        signIn(author);
        assertThat(notifications.recent(10))
                .extracting(NotificationSummary::kind)
                .containsExactly(
                        NotificationKind.VERDICT_REOPENED,
                        NotificationKind.VERDICT_APPROVED,
                        NotificationKind.VERDICT_REJECTED);
        assertThat(notifications.recent(10).get(2).message())
                .contains("nt-editor sent back the verdict \u201cFalse\u201d")
                .contains("Cite the filing itself.");
        signIn(teammate);
        assertThat(notifications.unreadCount()).isEqualTo(3);
        signIn(editor);
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void more_work_tells_the_proposer_and_the_assignee_but_not_the_creator() {
        String editor = user("nt-editor", Role.EDITOR);
        String assignee = user(unique("nt-assignee"), Role.FACT_CHECKER);
        signIn(editor);
        assignments.assign(claimId, null, assignee);
        awaitEvents();
        signIn(teammate);
        review.propose(claimId, version(), Verdict.MIXED, "Half of it holds.");
        signIn(editor);
        review.requestMoreWork(claimId, version(), "Which half? Quote the report.");
        awaitEvents();

        for (String told : List.of(teammate, assignee)) {
            signIn(told);
            assertThat(notifications.recent(1)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.VERDICT_MORE_WORK);
                assertThat(n.message())
                        .contains("nt-editor asked for more work on the verdict \u201cMixed\u201d")
                        .contains("Which half? Quote the report.");
            });
        }
        signIn(author);
        assertThat(notifications.recent(10)).isEmpty();
    }

    @Test
    void an_assignment_updates_the_assignees_bell_the_claim_page_and_the_claims_lists_live() {
        String editor = user("nt-editor", Role.EDITOR);
        var bell = new AtomicInteger();
        var page = new AtomicInteger();
        var lists = new AtomicInteger();
        var subscriptions = List.of(
                broadcaster.subscribe(NotificationService.liveTopic(teammate), tab(), bell::incrementAndGet),
                broadcaster.subscribe(ClaimService.liveTopic(claimId), tab(), page::incrementAndGet),
                broadcaster.subscribe(ClaimService.LIVE_LIST_TOPIC, tab(), lists::incrementAndGet));

        signIn(editor);
        assignments.assign(claimId, null, teammate);
        awaitEvents();

        assertThat(bell).hasValue(1);
        assertThat(page).hasValue(1);
        assertThat(lists).hasPositiveValue();
        subscriptions.forEach(s -> s.remove());
        signIn(teammate);
        assertThat(notifications.recent(1).getFirst().message())
                .isEqualTo("nt-editor assigned " + "\u201c"
                        + claims.get(claimId).summary().text() + "\u201d to you");
    }

    @Test
    void opening_marks_one_read_mark_all_read_the_rest_and_others_notifications_stay_closed() {
        notes.post(claimId, "First for @" + teammate);
        notes.post(claimId, "Second for @" + teammate);
        awaitEvents();
        signIn(teammate);
        List<NotificationSummary> mine = notifications.recent(10);
        assertThat(mine).hasSize(2).allMatch(n -> !n.read());

        assertThat(notifications.open(mine.getFirst().id())).isEqualTo("claims/" + claimId);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        signIn(author);
        assertThatThrownBy(() -> notifications.open(mine.get(1).id())).isInstanceOf(ItemNotFoundException.class);

        signIn(teammate);
        assertThat(notifications.markAllRead()).isEqualTo(1);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.recent(10)).allMatch(NotificationSummary::read);
    }

    @Test
    void the_bell_of_the_person_told_and_every_open_page_of_the_claim_update_live() {
        var bell = new AtomicInteger();
        var otherBell = new AtomicInteger();
        var page = new AtomicInteger();
        var subscriptions = List.of(
                broadcaster.subscribe(NotificationService.liveTopic(teammate), tab(), bell::incrementAndGet),
                broadcaster.subscribe(NotificationService.liveTopic(author), tab(), otherBell::incrementAndGet),
                broadcaster.subscribe(NoteService.liveTopic(claimId), tab(), page::incrementAndGet));

        notes.post(claimId, "Look at this, @" + teammate);
        awaitEvents();

        assertThat(bell).hasValue(1);
        assertThat(otherBell).hasValue(0);
        assertThat(page).hasValue(1);
        signIn(teammate);
        notifications.markAllRead();
        awaitEvents();
        assertThat(bell).hasValue(2);
        subscriptions.forEach(s -> s.remove());
    }

    @Test
    void a_notification_that_cannot_be_written_leaves_the_note_and_is_delivered_again_later() {
        // the database refuses this one notification, as it might refuse any write
        jdbc.execute("alter table notification add constraint ck_refused_in_test"
                + " check (message not like '%refused-notification%')");
        NoteDetail note;
        try {
            note = notes.post(claimId, "@" + teammate + " refused-notification: check the annex.");
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(failedDeliveries(note.id())).hasSize(1));
        } finally {
            jdbc.execute("alter table notification drop constraint ck_refused_in_test");
        }

        assertThat(notes.threads(claimId))
                .singleElement()
                .satisfies(t -> assertThat(t.rootId()).isEqualTo(note.id()));
        signIn(teammate);
        assertThat(notifications.unreadCount()).isZero();

        // the scheduled redelivery hands it to the listener again once it has waited long enough
        assertThat(redelivery.redeliverWaitingBefore(Instant.now().minusSeconds(3600)))
                .as("too young to be tried again")
                .isZero();
        assertThat(redelivery.redeliverWaitingBefore(Instant.now().plusSeconds(1)))
                .isEqualTo(1);
        awaitEvents();
        assertThat(failedDeliveries(note.id())).isEmpty();
        assertThat(notifications.recent(10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTION);
            assertThat(n.message()).contains("refused-notification: check the annex.");
        });
    }

    private List<String> failedDeliveries(long noteId) {
        return undeliveredEvents().stream()
                .filter(p -> p.startsWith("FAILED " + Notifier.class.getName() + ".on(" + NotePosted.class.getName()))
                .filter(p -> p.contains("{\"noteId\":" + noteId + ","))
                .toList();
    }

    private long version() {
        return claims.get(claimId).summary().version();
    }
}
