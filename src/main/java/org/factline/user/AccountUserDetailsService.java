package org.factline.user;

import java.time.Clock;
import java.time.Duration;
import org.factline.base.DatabaseHealth;
import org.factline.security.AppUserPrincipal;
import org.factline.security.SecurityProperties;
import org.factline.security.SessionValidity;
import org.factline.user.domain.UserAccount;
import org.factline.user.domain.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in and answers the per-request session check. Runs before anyone is
 * signed in, so it carries no role check; it only reads.
 */
@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService, SessionValidity {

    private final UserAccountRepository repository;
    private final SecurityProperties properties;
    private final Clock clock;
    private final DatabaseHealth database;

    AccountUserDetailsService(
            UserAccountRepository repository, SecurityProperties properties, Clock clock, DatabaseHealth database) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
        this.database = database;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount a = repository
                .findByUsername(UserNames.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new AppUserPrincipal(
                a.getId() == null ? 0 : a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getPasswordHash(),
                a.isEnabled(),
                a.isMustChangePassword() || passwordExpired(a),
                a.getSessionEpoch(),
                a.getRoles());
    }

    /**
     * While the database can't be reached the session goes on (unchecked): every action needs the
     * database anyway and fails with a clear message, while an open page keeps its typed input
     * instead of every request waiting for a connection here first, then being thrown out.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean isStillValid(long userId, long sessionEpoch) {
        if (!database.reachable()) {
            return true;
        }
        try {
            return sessionStateValid(userId, sessionEpoch);
        } catch (RuntimeException e) {
            if (database.handled(e)) {
                return true;
            }
            throw e;
        }
    }

    private boolean sessionStateValid(long userId, long sessionEpoch) {
        return repository
                .findSessionState(userId)
                .map(s -> s.enabled() && s.sessionEpoch() == sessionEpoch)
                .orElse(false);
    }

    private boolean passwordExpired(UserAccount a) {
        Duration maxAge = properties.passwordMaxAge();
        return !maxAge.isZero() && a.getPasswordChangedAt().plus(maxAge).isBefore(clock.instant());
    }
}
