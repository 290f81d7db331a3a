package org.factline.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.factline.security.domain.LoginThrottleEntry;
import org.factline.security.domain.LoginThrottleRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing: after too many failures for one account or from one address,
 * sign-in is refused for a while. Counters live in the database so every node sees the same lock.
 * Called only by the authentication provider, before anyone is signed in, hence no role check.
 */
@Service
public class LoginThrottle {

    private static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleRepository repository;
    private final jakarta.persistence.EntityManager entityManager;
    private final SecurityProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;

    LoginThrottle(
            LoginThrottleRepository repository,
            jakarta.persistence.EntityManager entityManager,
            SecurityProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
        // Counts must survive the caller's rollback (a refused password change rolls back).
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long sign-in stays refused for this account or address, if it is refused now. */
    public Optional<Duration> lockedFor(String username, @Nullable String address) {
        return tx.execute(status -> keys(username, address)
                .map(key -> repository.findById(key).map(e -> e.remainingLock(clock.instant())))
                .flatMap(Optional::stream)
                .filter(d -> d != null)
                .max(Duration::compareTo));
    }

    public void recordFailure(String username, @Nullable String address) {
        update(accountKey(username), properties.maxFailuresPerAccount());
        if (address != null) {
            update(addressKey(address), properties.maxFailuresPerAddress());
        }
    }

    /** A successful sign-in clears the account's count (not the address's: one success from a
     * shared address should not reset the guessing budget of everyone behind it). */
    public void recordSuccess(String username) {
        tx.executeWithoutResult(status -> repository.deleteById(accountKey(username)));
    }

    /**
     * Counts one failure under {@code key}: the row is locked while it is read and written, so
     * failures arriving at once all count; only the first failure of a key can race (two inserts),
     * and the loser then counts on the row the winner made. Should counting still fail, the
     * failure is logged and the person sees the usual "wrong password", never an error page.
     */
    private void update(String key, int maxFailures) {
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(status -> {
                    var found = repository.findForUpdate(key);
                    var entry = found.orElseGet(() -> new LoginThrottleEntry(key, clock.instant()));
                    entry.recordFailure(clock.instant(), maxFailures, properties.failureWindow(), properties.lockout());
                    if (found.isEmpty()) {
                        // persist, never merge: a merge would overwrite a row another thread inserted meanwhile
                        entityManager.persist(entry);
                    }
                    entityManager.flush();
                });
                return;
            } catch (OptimisticLockingFailureException
                    | DataIntegrityViolationException
                    | jakarta.persistence.PersistenceException concurrentUpdate) {
                if (attempt >= MAX_ATTEMPTS) {
                    log.warn(
                            "A failed sign-in could not be counted after {} attempts: {}",
                            attempt,
                            concurrentUpdate.getClass().getSimpleName());
                    return;
                }
            }
        }
    }

    private static Stream<String> keys(String username, @Nullable String address) {
        return address == null ? Stream.of(accountKey(username)) : Stream.of(accountKey(username), addressKey(address));
    }

    private static String accountKey(String username) {
        return truncate("account:" + username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return truncate("address:" + address);
    }

    private static String truncate(String key) {
        return key.length() <= LoginThrottleEntry.KEY_MAX_LENGTH
                ? key
                : key.substring(0, LoginThrottleEntry.KEY_MAX_LENGTH);
    }
}
