package org.factline.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.factline.AbstractIntegrationTest;
import org.factline.audit.AuditFilter;
import org.factline.audit.AuditLog;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.factline.security.AppUserPrincipal;
import org.factline.security.SessionValidity;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAdminServiceTest extends AbstractIntegrationTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    AuditLog auditLog;

    @Autowired
    SessionValidity sessionValidity;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void signInAsAdmin() {
        signIn(ADMIN);
    }

    @Test
    void creating_a_user_normalizes_the_username_and_hands_out_a_one_time_password() {
        String name = unique("New.User");
        CreatedUser created = admin.create(new NewUser(" " + name + " ", "  Nia Test ", "", Set.of(Role.EDITOR)));

        assertThat(created.user().username()).isEqualTo(name.toLowerCase());
        assertThat(created.user().displayName()).isEqualTo("Nia Test");
        assertThat(created.user().email()).isNull();
        assertThat(created.user().mustChangePassword()).isTrue();
        assertThat(created.temporaryPassword()).hasSizeGreaterThanOrEqualTo(16);

        var principal = (AppUserPrincipal) userDetailsService.loadUserByUsername(name.toUpperCase());
        assertThat(encoder.matches(created.temporaryPassword(), principal.getPassword()))
                .isTrue();
        assertThat(principal.passwordChangeRequired()).isTrue();
        assertThat(principal.getAuthorities())
                .extracting(a -> a.getAuthority())
                .containsExactly("PASSWORD_CHANGE_REQUIRED");
    }

    @Test
    void duplicate_usernames_are_refused_whatever_their_case() {
        String name = user(unique("dup"), Role.FACT_CHECKER);
        long before = admin.count(null);

        assertThatThrownBy(
                        () -> admin.create(new NewUser(name.toUpperCase(), "Other", null, Set.of(Role.FACT_CHECKER))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is taken")
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo("username");
        assertThat(admin.count(null)).isEqualTo(before);
    }

    @Test
    void invalid_input_is_refused_with_the_field_named() {
        assertField(
                () -> admin.create(new NewUser(unique("mail"), "Mia", "not-an-address", Set.of(Role.EDITOR))), "email");
        assertField(() -> admin.create(new NewUser("bad name!", "Mia", null, Set.of(Role.EDITOR))), "username");
        assertField(() -> admin.create(new NewUser(unique("noroles"), "Mia", null, Set.of())), "roles");
        assertField(() -> admin.create(new NewUser(unique("noname"), "  ", null, Set.of(Role.EDITOR))), "displayName");
    }

    @Test
    void disabling_ends_sessions_and_sign_in() {
        String name = user(unique("dis"), Role.FACT_CHECKER);
        var principal = (AppUserPrincipal) userDetailsService.loadUserByUsername(name);
        assertThat(sessionValidity.isStillValid(principal.userId(), principal.sessionEpoch()))
                .isTrue();

        UserSummary summary = admin.get(principal.userId());
        UserSummary disabled = admin.disable(summary.id(), summary.version());

        assertThat(disabled.enabled()).isFalse();
        assertThat(sessionValidity.isStillValid(principal.userId(), principal.sessionEpoch()))
                .isFalse();
        assertThat(userDetailsService.loadUserByUsername(name).isEnabled()).isFalse();

        UserSummary enabled = admin.enable(disabled.id(), disabled.version());
        assertThat(enabled.enabled()).isTrue();
        // The old session stays ended; only a new sign-in works again.
        assertThat(sessionValidity.isStillValid(principal.userId(), principal.sessionEpoch()))
                .isFalse();
    }

    @Test
    void a_stale_version_is_refused_and_nothing_changes() {
        String name = user(unique("stale"), Role.FACT_CHECKER);
        UserSummary summary = find(name);
        admin.changeRoles(summary.id(), summary.version(), Set.of(Role.EDITOR));

        assertThatThrownBy(() -> admin.disable(summary.id(), summary.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(admin.get(summary.id()).enabled()).isTrue();
        assertThat(admin.get(summary.id()).roles()).containsExactly(Role.EDITOR);
    }

    @Test
    void the_last_active_admin_can_be_neither_demoted_nor_disabled() {
        String other = user(unique("admin"), Role.ADMIN);
        List<UserSummary> admins = admin.find(null, 0, 1000, Sort.unsorted()).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.ADMIN))
                .toList();
        // Leave exactly one enabled admin: the bootstrap admin, who runs this test.
        admins.stream().filter(u -> !u.username().equals(ADMIN)).forEach(u -> admin.disable(u.id(), u.version()));
        UserSummary last = find(ADMIN);

        assertThatThrownBy(() -> admin.changeRoles(last.id(), last.version(), Set.of(Role.EDITOR)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("last active admin");
        // Run as the system actor: the admin may not disable themselves anyway.
        SystemAuthentication.runAsSystem(() -> assertThatThrownBy(() -> admin.disable(last.id(), last.version()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("last active admin"));
        assertThat(admin.get(last.id()).roles()).contains(Role.ADMIN);
        assertThat(admin.get(last.id()).enabled()).isTrue();

        // With a second admin enabled again, demotion is allowed.
        UserSummary second = find(other);
        admin.enable(second.id(), second.version());
        UserSummary demoted = admin.changeRoles(last.id(), last.version(), EnumSet.of(Role.EDITOR));
        assertThat(demoted.roles()).containsExactly(Role.EDITOR);
        admin.changeRoles(demoted.id(), demoted.version(), EnumSet.of(Role.ADMIN, Role.EDITOR));
        // Leave the shared database as found.
        admins.stream()
                .filter(u -> !u.username().equals(ADMIN))
                .forEach(u -> admin.enable(u.id(), admin.get(u.id()).version()));
    }

    @Test
    void two_admins_demoting_each_other_at_once_leave_one_admin() throws Exception {
        String p = user(unique("race-p"), Role.ADMIN);
        String q = user(unique("race-q"), Role.ADMIN);
        var others = admin.find(null, 0, 1000, Sort.unsorted()).stream()
                .filter(u -> u.enabled()
                        && u.roles().contains(Role.ADMIN)
                        && !u.username().equals(p)
                        && !u.username().equals(q))
                .toList();
        SystemAuthentication.runAsSystem(() -> others.forEach(u -> admin.disable(u.id(), u.version())));
        try {
            var start = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            var demoteQ = pool.submit(() -> demoteAs(p, q, start));
            var demoteP = pool.submit(() -> demoteAs(q, p, start));
            int succeeded = (demoteQ.get() ? 1 : 0) + (demoteP.get() ? 1 : 0);
            pool.shutdown();

            assertThat(succeeded).isEqualTo(1);
            long admins = admin.find(null, 0, 1000, Sort.unsorted()).stream()
                    .filter(u -> u.enabled() && u.roles().contains(Role.ADMIN))
                    .count();
            assertThat(admins).isEqualTo(1);
        } finally {
            signIn(ADMIN);
            SystemAuthentication.runAsSystem(() ->
                    others.forEach(u -> admin.enable(u.id(), admin.get(u.id()).version())));
        }
    }

    private boolean demoteAs(String actor, String target, CyclicBarrier start) throws Exception {
        signIn(actor);
        try {
            UserSummary victim = find(target);
            start.await();
            admin.changeRoles(victim.id(), victim.version(), Set.of(Role.EDITOR));
            return true;
        } catch (ValidationException | ConcurrentEditException refused) {
            return false;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void admins_cannot_disable_themselves() {
        UserSummary me = find(ADMIN);
        assertThatThrownBy(() -> admin.disable(me.id(), me.version()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("your own account");
    }

    @Test
    void resetting_a_password_forces_a_change_and_ends_sessions() {
        String name = user(unique("reset"), Role.FACT_CHECKER);
        var before = (AppUserPrincipal) userDetailsService.loadUserByUsername(name);

        String temporary = admin.resetPassword(before.userId());

        var after = (AppUserPrincipal) userDetailsService.loadUserByUsername(name);
        assertThat(encoder.matches(temporary, after.getPassword())).isTrue();
        assertThat(encoder.matches(TEST_PASSWORD, after.getPassword())).isFalse();
        assertThat(after.passwordChangeRequired()).isTrue();
        assertThat(sessionValidity.isStillValid(before.userId(), before.sessionEpoch()))
                .isFalse();
    }

    @Test
    void every_change_is_audited_with_before_and_after() {
        String name = user(unique("audited"), Role.FACT_CHECKER);
        UserSummary summary = find(name);
        admin.changeRoles(summary.id(), summary.version(), Set.of(Role.EDITOR));

        var entries =
                auditLog.search(new AuditFilter(ADMIN, "user.roles-changed", name, null, null), Pageable.ofSize(10));
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().before()).contains("\"roles\":\"FACT_CHECKER\"");
        assertThat(entries.getFirst().after()).contains("\"roles\":\"EDITOR\"");
        assertThat(entries.getFirst().after()).doesNotContain("password_hash", "$2a$");
    }

    @Test
    void search_matches_name_username_and_email() {
        String name = user(unique("findme"), Role.FACT_CHECKER);
        assertThat(admin.find(name.substring(0, 10), 0, 50, Sort.by("username")))
                .extracting(UserSummary::username)
                .contains(name);
        assertThat(admin.find("@example.org", 0, 50, Sort.by("username"))).isNotEmpty();
        assertThat(admin.find("%", 0, 50, Sort.by("username"))).isEmpty();
    }

    private UserSummary find(String username) {
        return admin.find(username, 0, 50, Sort.unsorted()).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo(field);
    }
}
