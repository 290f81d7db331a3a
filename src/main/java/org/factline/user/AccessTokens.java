package org.factline.user;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factline.audit.AuditRecord;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.user.domain.AccessToken;
import org.factline.user.domain.AccessTokenRepository;
import org.factline.user.domain.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the REST API: each signed-in person creates, lists and revokes their
 * own on the profile page; admins list and revoke everyone's. Creating and revoking are audited
 * (never the secret).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccessTokens {

    /** Live tokens a person may hold at once. */
    static final int MAX_LIVE_PER_USER = 20;

    private final AccessTokenRepository tokens;
    private final UserAccounts accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessTokens(
            AccessTokenRepository tokens,
            UserAccounts accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in person's tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<AccessTokenDetail> mine() {
        Instant now = clock.instant();
        return tokens.findByOwnerIdOrderByCreatedAtDesc(me().getId()).stream()
                .map(t -> detail(t, now))
                .toList();
    }

    public CreatedAccessToken create(NewAccessToken request) {
        var normalized = new NewAccessToken(request.name().strip(), request.scope(), request.validDays());
        accounts.validate(normalized);
        UserAccount owner = me();
        Instant now = clock.instant();
        long live = tokens.findByOwnerIdOrderByCreatedAtDesc(owner.getId()).stream()
                .filter(t -> t.isLive(now))
                .count();
        if (live >= MAX_LIVE_PER_USER) {
            throw new ValidationException("You have " + MAX_LIVE_PER_USER
                    + " active tokens, the most one person can hold." + " Revoke one you no longer use first.");
        }
        String secret = AccessTokenSecrets.generate();
        var token = new AccessToken(
                owner,
                normalized.name(),
                normalized.scope(),
                AccessTokenSecrets.hash(secret),
                AccessTokenSecrets.shownPart(secret),
                now.plus(Duration.ofDays(normalized.validDays())));
        tokens.saveAndFlush(token);
        audit("token.created", token, "Created access token \"" + token.getName() + "\"");
        return new CreatedAccessToken(detail(token, now), secret);
    }

    /** Revokes one of the signed-in person's own tokens; it stops working at once. */
    public AccessTokenDetail revokeMine(long id) {
        AccessToken token = tokens.findById(id)
                .filter(t ->
                        t.getOwner().getId() != null && t.getOwner().getId().equals(me().getId()))
                .orElseThrow(() -> new ItemNotFoundException("This token no longer exists."));
        return revoke(token);
    }

    /** Everyone's tokens, newest first. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<AccessTokenDetail> all() {
        Instant now = clock.instant();
        return tokens.findAllNewestFirst().stream().map(t -> detail(t, now)).toList();
    }

    /** Revokes anyone's token. */
    @RolesAllowed(AppRoles.ADMIN)
    public AccessTokenDetail revokeAny(long id) {
        AccessToken token =
                tokens.findById(id).orElseThrow(() -> new ItemNotFoundException("This token no longer exists."));
        return revoke(token);
    }

    private AccessTokenDetail revoke(AccessToken token) {
        Instant now = clock.instant();
        if (token.getRevokedAt() == null) {
            token.revoke(now, currentUser.actorName());
            tokens.saveAndFlush(token);
            audit(
                    "token.revoked",
                    token,
                    "Revoked access token \"" + token.getName() + "\" of "
                            + token.getOwner().getUsername());
        }
        return detail(token, now);
    }

    private UserAccount me() {
        return accounts.load(currentUser.require().userId());
    }

    private void audit(String action, AccessToken token, String summary) {
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
                action,
                "access-token",
                String.valueOf(token.getId()),
                summary,
                null,
                Map.of(
                        "owner", token.getOwner().getUsername(),
                        "name", token.getName(),
                        "scope", token.getScope().code(),
                        "prefix", token.getTokenPrefix(),
                        "expiresAt", String.valueOf(token.getExpiresAt()))));
    }

    static AccessTokenDetail detail(AccessToken t, Instant now) {
        AccessTokenDetail.Status status = t.getRevokedAt() != null
                ? AccessTokenDetail.Status.REVOKED
                : t.isLive(now) ? AccessTokenDetail.Status.ACTIVE : AccessTokenDetail.Status.EXPIRED;
        UserAccount owner = t.getOwner();
        return new AccessTokenDetail(
                t.getId() == null ? 0 : t.getId(),
                t.getName(),
                t.getScope(),
                t.getTokenPrefix(),
                owner.getUsername(),
                owner.getDisplayName(),
                t.getCreatedAt() == null ? now : t.getCreatedAt(),
                t.getExpiresAt(),
                t.getLastUsedAt(),
                t.getRevokedAt(),
                t.getRevokedBy(),
                status);
    }
}
