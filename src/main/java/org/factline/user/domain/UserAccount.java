package org.factline.user.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.factline.base.domain.AbstractEntity;
import org.factline.search.Audience;
import org.factline.search.SearchDocument;
import org.factline.search.SearchDocumentBinder;
import org.factline.search.SearchShards;
import org.factline.search.Searchable;
import org.factline.security.AppRoles.Role;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
@Indexed(index = "user", routingBinder = @RoutingBinderRef(type = SearchShards.ById.class))
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchDocumentBinder.class,
                        params =
                                @Param(name = SearchDocumentBinder.USES, value = "displayName,username,email,enabled")))
public class UserAccount extends AbstractEntity implements Searchable {

    public static final int USERNAME_MAX_LENGTH = 40;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int EMAIL_MAX_LENGTH = 254;

    @Column(name = "username", nullable = false, length = USERNAME_MAX_LENGTH, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "email", length = EMAIL_MAX_LENGTH)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** Moves on whenever existing sessions must end (disable, password reset or change). */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "theme", nullable = false, length = 10)
    private String theme = "light";

    @Column(name = "language", length = 20)
    private @Nullable String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.passwordChangedAt = Instant.EPOCH;
    }

    public UserAccount(
            String username,
            String displayName,
            @Nullable String email,
            String passwordHash,
            boolean mustChangePassword,
            Set<Role> roles,
            Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.passwordChangedAt = now;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setPassword(String newHash, boolean mustChange, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
        this.sessionEpoch++;
    }

    public void disable() {
        this.enabled = false;
        this.sessionEpoch++;
    }

    public void enable() {
        this.enabled = true;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
        // Sessions carry authorities from sign-in, so a role change must take effect at once too.
        this.sessionEpoch++;
    }

    public void setProfile(String displayName, @Nullable String email) {
        this.displayName = displayName;
        this.email = email;
    }

    @Override
    public SearchDocument searchDocument() {
        String contact = email == null ? username : username + " " + email;
        return SearchDocument.builder("user", "admin/users?user=" + username, displayName)
                .text(contact)
                .status(enabled ? "enabled" : "disabled")
                .audience(Audience.ADMINS, null)
                .build();
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getTheme() {
        return theme;
    }

    /** The UI language the user chose (a BCP 47 tag), or null while the browser decides. */
    public @Nullable String getLanguage() {
        return language;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
