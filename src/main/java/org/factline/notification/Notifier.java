package org.factline.notification;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.factline.claim.ClaimAssigned;
import org.factline.note.NotePosted;
import org.factline.notification.domain.Notification;
import org.factline.notification.domain.NotificationRepository;
import org.factline.review.VerdictDecided;
import org.factline.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Decides who is told about what: people mentioned in a note, the author of a note that got a
 * reply, whoever created, works on or proposed a verdict on a claim an editor decided (only the
 * proposer and the assignee when more work is asked for), and whoever a claim was assigned to or
 * taken off. Nobody is told
 * about their own action. Written after the change committed, in a transaction of its own: a
 * notification that can't be written stays an incomplete event publication (delivered again at
 * the next start) and never undoes the note, the assignment or the decision.
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;

    Notifier(NotificationRepository notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(NotePosted note) {
        var told = new LinkedHashMap<String, Notification>();
        String link = "claims/" + note.claimId();
        for (String name : note.mentioned()) {
            told.put(
                    name,
                    new Notification(
                            name,
                            NotificationKind.MENTION,
                            note.author(),
                            note.author() + " mentioned you in a note on " + claim(note.claimText()) + ": "
                                    + note.excerpt(),
                            link));
        }
        if (note.repliedTo() != null) {
            told.putIfAbsent(
                    note.repliedTo(),
                    new Notification(
                            note.repliedTo(),
                            NotificationKind.REPLY,
                            note.author(),
                            note.author() + " replied to your note on " + claim(note.claimText()) + ": "
                                    + note.excerpt(),
                            link));
        }
        told.remove(note.author());
        store(told);
    }

    @ApplicationModuleListener
    void on(VerdictDecided d) {
        String verdict = "\u201c" + d.verdict() + "\u201d";
        String message = switch (d.decision()) {
            case APPROVED -> d.decidedBy() + " approved the verdict " + verdict + " on " + claim(d.claimText());
            case REJECTED ->
                d.decidedBy() + " sent back the verdict " + verdict + " on " + claim(d.claimText()) + ": " + d.reason();
            case REOPENED ->
                d.decidedBy() + " reopened " + claim(d.claimText()) + " for a new verdict (it was " + verdict + ")";
            case MORE_WORK ->
                d.decidedBy() + " asked for more work on the verdict " + verdict + " on " + claim(d.claimText()) + ": "
                        + d.reason();
        };
        NotificationKind kind = switch (d.decision()) {
            case APPROVED -> NotificationKind.VERDICT_APPROVED;
            case REJECTED -> NotificationKind.VERDICT_REJECTED;
            case REOPENED -> NotificationKind.VERDICT_REOPENED;
            case MORE_WORK -> NotificationKind.VERDICT_MORE_WORK;
        };
        // More work is for the people doing it; decisions also concern whoever created the claim.
        var recipients = new LinkedHashSet<String>();
        if (d.decision() != VerdictDecided.Decision.MORE_WORK) {
            recipients.add(d.claimCreatedBy());
        }
        recipients.add(d.proposedBy());
        if (d.assignee() != null) {
            recipients.add(d.assignee());
        }
        var told = new LinkedHashMap<String, Notification>();
        for (String who : recipients) {
            told.put(who, new Notification(who, kind, d.decidedBy(), message, "claims/" + d.claimId()));
        }
        told.remove(d.decidedBy());
        store(told);
    }

    @ApplicationModuleListener
    void on(ClaimAssigned a) {
        var told = new LinkedHashMap<String, Notification>();
        String link = "claims/" + a.claimId();
        if (a.assignee() != null) {
            told.put(
                    a.assignee(),
                    new Notification(
                            a.assignee(),
                            NotificationKind.CLAIM_ASSIGNED,
                            a.by(),
                            a.by() + " assigned " + claim(a.claimText()) + " to you",
                            link));
        }
        if (a.previous() != null) {
            told.put(
                    a.previous(),
                    new Notification(
                            a.previous(),
                            NotificationKind.CLAIM_UNASSIGNED,
                            a.by(),
                            a.by()
                                    + (a.assignee() == null ? " took you off " : " reassigned ")
                                    + claim(a.claimText())
                                    + (a.assignee() == null ? "" : " to " + a.assignee()),
                            link));
        }
        told.remove(a.by());
        store(told);
    }

    private void store(Map<String, Notification> told) {
        told.remove(SystemAuthentication.SYSTEM);
        if (told.isEmpty()) {
            return;
        }
        notifications.saveAll(told.values());
        events.publishEvent(new NotificationsChanged(Set.copyOf(told.keySet())));
    }

    private static String claim(@Nullable String text) {
        String t = text == null ? "" : text.strip();
        return "\u201c" + (t.length() <= 80 ? t : t.substring(0, 79).strip() + "\u2026") + "\u201d";
    }
}
