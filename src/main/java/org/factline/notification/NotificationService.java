package org.factline.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.factline.base.ItemNotFoundException;
import org.factline.notification.domain.Notification;
import org.factline.notification.domain.NotificationRepository;
import org.factline.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's notifications: the latest ones, how many are unread, reading them. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('FACT_CHECKER', 'ADMIN')")
public class NotificationService {

    public static final int MAX_LIST = 50;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The live-update topic of one person's notifications. */
    public static String liveTopic(String username) {
        return "notifications:" + username;
    }

    /** The latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationSummary> recent(int limit) {
        return notifications
                .findByRecipientOrderByCreatedAtDescIdDesc(me(), PageRequest.of(0, Math.clamp(limit, 1, MAX_LIST)))
                .stream()
                .map(NotificationService::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    /** Marks one's own notification read and returns the route it points to. */
    public String open(long id) {
        Notification n = notifications
                .findById(id)
                .filter(x -> x.getRecipient().equals(me()))
                .orElseThrow(() -> new ItemNotFoundException("This notification is not available."));
        if (n.getReadAt() == null) {
            n.markRead(clock.instant());
            events.publishEvent(new NotificationsChanged(Set.of(me())));
        }
        return n.getLink();
    }

    /** @return how many were unread */
    public int markAllRead() {
        int changed = notifications.markAllRead(me(), clock.instant());
        if (changed > 0) {
            events.publishEvent(new NotificationsChanged(Set.of(me())));
        }
        return changed;
    }

    private String me() {
        return currentUser.actorName();
    }

    private static NotificationSummary view(Notification n) {
        return new NotificationSummary(
                n.getId(),
                n.getKind(),
                n.getActor(),
                n.getMessage(),
                n.getLink(),
                n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
