package org.factline.notification;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.factline.note.NotePosted;
import org.factline.notification.domain.Notification;
import org.factline.notification.domain.NotificationRepository;
import org.factline.review.VerdictDecided;
import org.factline.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who is told about what: people mentioned in a note, the author of a note that got a
 * reply, and whoever created or proposed a verdict on a claim an editor decided. Nobody is told
 * about their own action. Written in the transaction of the change, so both commit together.
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;

    Notifier(NotificationRepository notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
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

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(VerdictDecided d) {
        String verdict = "\u201c" + d.verdict() + "\u201d";
        String message = switch (d.decision()) {
            case APPROVED -> d.decidedBy() + " approved the verdict " + verdict + " on " + claim(d.claimText());
            case REJECTED ->
                d.decidedBy() + " sent back the verdict " + verdict + " on " + claim(d.claimText()) + ": " + d.reason();
            case REOPENED ->
                d.decidedBy() + " reopened " + claim(d.claimText()) + " for a new verdict (it was " + verdict + ")";
        };
        NotificationKind kind = switch (d.decision()) {
            case APPROVED -> NotificationKind.VERDICT_APPROVED;
            case REJECTED -> NotificationKind.VERDICT_REJECTED;
            case REOPENED -> NotificationKind.VERDICT_REOPENED;
        };
        var told = new LinkedHashMap<String, Notification>();
        for (String who : new LinkedHashSet<>(java.util.List.of(d.claimCreatedBy(), d.proposedBy()))) {
            told.put(who, new Notification(who, kind, d.decidedBy(), message, "claims/" + d.claimId()));
        }
        told.remove(d.decidedBy());
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
