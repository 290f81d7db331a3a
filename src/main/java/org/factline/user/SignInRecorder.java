package org.factline.user;

import java.time.Clock;
import java.util.Map;
import org.factline.audit.AuditRecord;
import org.factline.security.AppUserPrincipal;
import org.factline.user.domain.UserAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes each sign-in on the account (last sign-in) and in the audit log. */
@Component
class SignInRecorder {

    private final UserAccountRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInRecorder(UserAccountRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal)) {
            return;
        }
        repository.findById(principal.userId()).ifPresent(account -> {
            repository.recordLogin(principal.userId(), clock.instant());
            events.publishEvent(new AuditRecord(
                    account.getUsername(),
                    "user.signed-in",
                    "user",
                    account.getUsername(),
                    account.getUsername() + " signed in",
                    null,
                    Map.of("method", event.getAuthentication().getClass().getSimpleName())));
        });
    }
}
