package org.factline.user.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factline.security.AppRoles.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(Role role);

    long countByEnabledTrue();

    /**
     * Usernames and display names of the enabled accounts among {@code usernames} that hold one of
     * {@code roles} (e.g. the team members who can open claims).
     */
    @Query("select distinct new org.factline.user.domain.MemberName(u.username, u.displayName)"
            + " from UserAccount u join u.roles r"
            + " where u.enabled = true and u.username in :usernames and r in :roles")
    List<MemberName> findEnabledNames(Collection<String> usernames, Collection<Role> roles);

    /** Usernames and display names of the accounts among {@code usernames}, disabled ones too. */
    @Query("select new org.factline.user.domain.MemberName(u.username, u.displayName)"
            + " from UserAccount u where u.username in :usernames")
    List<MemberName> findNames(Collection<String> usernames);

    /** Usernames and display names of the enabled accounts holding one of {@code roles}, by name. */
    @Query("select distinct new org.factline.user.domain.MemberName(u.username, u.displayName)"
            + " from UserAccount u join u.roles r"
            + " where u.enabled = true and r in :roles order by u.displayName, u.username")
    List<MemberName> findEnabledMembers(Collection<Role> roles);

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true and u.id <> :except")
    long countEnabledWithRoleExcept(Role role, @Nullable Long except);

    /** Sign-in bookkeeping; a bulk update so it doesn't count as an edit of the account. */
    @Modifying
    @Query("update UserAccount u set u.lastLoginAt = :at where u.id = :id")
    void recordLogin(long id, Instant at);

    @Modifying
    @Query("update UserAccount u set u.theme = :theme where u.id = :id")
    void updateTheme(long id, String theme);

    @Modifying
    @Query("update UserAccount u set u.language = :language where u.id = :id")
    void updateLanguage(long id, String language);

    /** Epoch and enabled flag only: checked on every request, so kept to one narrow row. */
    @Query(
            "select new org.factline.user.domain.SessionState(u.sessionEpoch, u.enabled) from UserAccount u where u.id = :id")
    Optional<SessionState> findSessionState(long id);

    /** Locks the enabled holders of a role until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.enabled = true and :role member of u.roles")
    List<UserAccount> lockEnabledWithRole(Role role);
}
