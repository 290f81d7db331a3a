package org.factline.user;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factline.base.Paging;
import org.factline.base.ValidationException;
import org.factline.base.domain.ContainsText;
import org.factline.security.AppRoles;
import org.factline.security.AppRoles.Role;
import org.factline.security.CurrentUser;
import org.factline.security.SessionsRevoked;
import org.factline.user.domain.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin-only user management. The last enabled admin can neither lose the admin role nor be
 * disabled: the check locks the admin rows, so two admins demoting each other at once cannot
 * leave the workspace without one.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class UserAdminService {

    private final UserAccounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final PersistentTokenRepository rememberMeTokens;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserAdminService(
            UserAccounts accounts,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            PersistentTokenRepository rememberMeTokens,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.rememberMeTokens = rememberMeTokens;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> find(@Nullable String filter, int offset, int limit, Sort sort) {
        var page = Paging.of(offset, limit, sort, Sort.unsorted());
        return accounts.repository().findAll(matching(filter), page).stream()
                .map(UserAccounts::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(@Nullable String filter) {
        return accounts.repository().count(matching(filter));
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return UserAccounts.summary(accounts.load(id));
    }

    public CreatedUser create(NewUser request) {
        var normalized = new NewUser(
                UserNames.normalize(request.username()),
                request.displayName().strip(),
                UserAccounts.blankToNull(request.email()),
                request.roles());
        accounts.validate(normalized);
        if (accounts.repository().existsByUsername(normalized.username())) {
            throw new ValidationException("username", "The username \"" + normalized.username() + "\" is taken.");
        }
        String temporary = passwordPolicy.temporaryPassword();
        UserAccount account;
        try {
            account = accounts.create(normalized, temporary, true);
        } catch (DataIntegrityViolationException raceWithAnotherAdmin) {
            throw new ValidationException("username", "The username \"" + normalized.username() + "\" is taken.");
        }
        return new CreatedUser(UserAccounts.summary(account), temporary);
    }

    public UserSummary changeRoles(long id, long expectedVersion, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new ValidationException("roles", "Give the user at least one role.");
        }
        UserAccount account = accounts.load(id, expectedVersion);
        var before = UserAccounts.snapshot(account);
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(account, "remove the admin role from");
        }
        account.setRoles(EnumSet.copyOf(roles));
        accounts.save(account);
        accounts.audit("user.roles-changed", account, "Changed roles of " + account.getUsername(), before);
        publishRevoked(account);
        return UserAccounts.summary(account);
    }

    public UserSummary updateProfile(long id, long expectedVersion, String displayName, @Nullable String email) {
        UserAccount account = accounts.load(id, expectedVersion);
        var before = UserAccounts.snapshot(account);
        var check = new NewUser(
                account.getUsername(), displayName.strip(), UserAccounts.blankToNull(email), account.getRoles());
        accounts.validate(check);
        account.setProfile(check.displayName(), check.email());
        accounts.save(account);
        accounts.audit("user.profile-changed", account, "Changed profile of " + account.getUsername(), before);
        return UserAccounts.summary(account);
    }

    /** Ends every open session of the user at once and forgets their remember-me devices. */
    public UserSummary disable(long id, long expectedVersion) {
        UserAccount account = accounts.load(id, expectedVersion);
        if (!account.isEnabled()) {
            return UserAccounts.summary(account);
        }
        if (account.getUsername().equals(currentUser.actorName())) {
            throw new ValidationException("You can't disable your own account.");
        }
        var before = UserAccounts.snapshot(account);
        if (account.getRoles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(account, "disable");
        }
        account.disable();
        accounts.save(account);
        rememberMeTokens.removeUserTokens(account.getUsername());
        accounts.audit("user.disabled", account, "Disabled user " + account.getUsername(), before);
        publishRevoked(account);
        return UserAccounts.summary(account);
    }

    public UserSummary enable(long id, long expectedVersion) {
        UserAccount account = accounts.load(id, expectedVersion);
        if (account.isEnabled()) {
            return UserAccounts.summary(account);
        }
        var before = UserAccounts.snapshot(account);
        account.enable();
        accounts.save(account);
        accounts.audit("user.enabled", account, "Enabled user " + account.getUsername(), before);
        return UserAccounts.summary(account);
    }

    /** A new one-time password; the user must choose their own at next sign-in. */
    public String resetPassword(long id) {
        UserAccount account = accounts.load(id);
        var before = UserAccounts.snapshot(account);
        String temporary = passwordPolicy.temporaryPassword();
        account.setPassword(passwordEncoder.encode(temporary), true, clock.instant());
        accounts.save(account);
        rememberMeTokens.removeUserTokens(account.getUsername());
        accounts.audit("user.password-reset", account, "Reset password of " + account.getUsername(), before);
        publishRevoked(account);
        return temporary;
    }

    private void requireAnotherEnabledAdmin(UserAccount account, String what) {
        // Lock the current admins' rows so concurrent changes to admins run one after the other,
        // then count in a new statement, which sees what the transaction we waited for committed.
        accounts.repository().lockEnabledWithRole(Role.ADMIN);
        long others = accounts.repository().countEnabledWithRoleExcept(Role.ADMIN, account.getId());
        if (account.isEnabled() && others == 0) {
            throw new ValidationException(
                    "roles",
                    "You can't " + what + " " + account.getUsername()
                            + ": it is the last active admin. Make someone else an admin first.");
        }
    }

    private void publishRevoked(UserAccount account) {
        events.publishEvent(new SessionsRevoked(account.getId() == null ? 0 : account.getId()));
    }

    private static Specification<UserAccount> matching(@Nullable String filter) {
        return (root, query, cb) -> {
            if (filter == null || filter.isBlank()) {
                return cb.conjunction();
            }
            String like = ContainsText.pattern(filter.strip());
            return cb.or(
                    ContainsText.matches(cb, root.get("username"), like),
                    ContainsText.matches(cb, root.get("displayName"), like),
                    ContainsText.matches(cb, root.get("email"), like));
        };
    }
}
