package org.factline.user;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.CurrentUser;
import org.factline.user.domain.UserAccount;
import org.factline.user.domain.UserAccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** What the user services share: loading with version check, validation, audit publishing. */
@Component
class UserAccounts {

    private final UserAccountRepository repository;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccounts(
            UserAccountRepository repository,
            Validator validator,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.events = events;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Stores a new account with the given password; callers check permissions and policy. */
    UserAccount create(NewUser request, String password, boolean mustChange) {
        var account = new UserAccount(
                UserNames.normalize(request.username()),
                request.displayName().strip(),
                blankToNull(request.email()),
                passwordEncoder.encode(password),
                mustChange,
                request.roles(),
                clock.instant());
        repository.saveAndFlush(account);
        audit("user.created", account, "Created user " + account.getUsername(), null);
        return account;
    }

    UserAccountRepository repository() {
        return repository;
    }

    UserAccount load(long id) {
        return repository.findById(id).orElseThrow(() -> new ItemNotFoundException("This user no longer exists."));
    }

    /** Flushes now, so a concurrent edit surfaces here as a clear error and not at commit. */
    void save(UserAccount account) {
        try {
            repository.saveAndFlush(account);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("User " + account.getUsername());
        }
    }

    UserAccount load(long id, long expectedVersion) {
        UserAccount account = load(id);
        if (account.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("User " + account.getUsername());
        }
        return account;
    }

    /** Bean Validation on a command; the first broken constraint becomes a field error. */
    <T> void validate(T command) {
        validator.validate(command).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new ValidationException(v.getPropertyPath().toString(), v.getMessage());
                });
    }

    void audit(String action, UserAccount account, String summary, @Nullable Map<String, ?> before) {
        events.publishEvent(new AuditRecord(
                currentUser.actorName(), action, "user", account.getUsername(), summary, before, snapshot(account)));
    }

    /** The fields worth auditing; never the password hash. */
    static Map<String, Object> snapshot(UserAccount account) {
        var map = new LinkedHashMap<String, Object>();
        map.put("username", account.getUsername());
        map.put("displayName", account.getDisplayName());
        map.put("email", account.getEmail() == null ? "" : account.getEmail());
        map.put("roles", account.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        map.put("enabled", account.isEnabled());
        map.put("mustChangePassword", account.isMustChangePassword());
        return map;
    }

    static UserSummary summary(UserAccount a) {
        return new UserSummary(
                a.getId() == null ? 0 : a.getId(),
                a.getVersion(),
                a.getUsername(),
                a.getDisplayName(),
                a.getEmail(),
                a.getRoles(),
                a.isEnabled(),
                a.isMustChangePassword(),
                a.getLastLoginAt(),
                a.getCreatedAt());
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
