package org.factline.presence;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.factline.base.ValidationException;
import org.factline.presence.domain.Presence;
import org.factline.presence.domain.PresenceRepository;
import org.factline.security.AppRoles;
import org.factline.security.AppUserPrincipal;
import org.factline.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is on a page (a "topic" such as {@code claim:42}): people enter when they open it, a
 * heartbeat keeps them there, and they leave when they close it — or drop out a minute after their
 * last heartbeat (a closed laptop never says goodbye).
 */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class PresenceService {

    /** How long after the last heartbeat someone still counts as viewing. */
    static final Duration FRESH = Duration.ofSeconds(60);

    private final PresenceRepository presence;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate insert;

    PresenceService(
            PresenceRepository presence,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.presence = presence;
        this.currentUser = currentUser;
        this.clock = clock;
        this.insert = new TransactionTemplate(transactions);
        this.insert.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /** The current user is on the page now. */
    public void enter(String topic) {
        check(topic);
        AppUserPrincipal me = currentUser.require();
        if (presence.touch(topic, me.getUsername(), clock.instant()) == 0) {
            try {
                insert.executeWithoutResult(
                        s -> presence.save(new Presence(topic, me.getUsername(), me.displayName(), clock.instant())));
            } catch (DataIntegrityViolationException sameTimeInAnotherTab) {
                // the other tab's row is just as good
            }
        }
    }

    public void leave(String topic) {
        presence.leave(topic, currentUser.actorName());
    }

    /** Everyone seen on the page within the last minute, except the current user. */
    @Transactional(readOnly = true)
    public List<Viewer> others(String topic) {
        String me = currentUser.actorName();
        return presence.seenSince(topic, clock.instant().minus(FRESH)).stream()
                .filter(p -> !p.getUsername().equals(me))
                .map(p -> new Viewer(p.getUsername(), p.getDisplayName()))
                .toList();
    }

    private static void check(String topic) {
        if (topic.isBlank() || topic.length() > Presence.TOPIC_MAX_LENGTH) {
            throw new ValidationException("Unknown page.");
        }
    }
}
