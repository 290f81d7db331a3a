package org.factline.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factline.AbstractIntegrationTest;
import org.factline.audit.AuditFilter;
import org.factline.audit.AuditLog;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.AccessTokenAuthenticator;
import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Personal access tokens at the service layer: shown once, stored hashed, own and admin revocation. */
class AccessTokensTest extends AbstractIntegrationTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    AccessTokenAuthenticator authenticator;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_token_is_shown_once_stored_only_as_its_hash_and_acts_as_its_owner() {
        String checker = user("tokens-owner", Role.FACT_CHECKER);
        signIn(checker);

        CreatedAccessToken created = tokens.create(new NewAccessToken("  CMS import ", TokenScope.READ_WRITE, 30));

        assertThat(created.secret()).startsWith("flt_").hasSize(47);
        assertThat(created.token().name()).isEqualTo("CMS import");
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 12));
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(jdbc.queryForList("select token_hash from access_token", String.class))
                .doesNotContain(created.secret())
                .allSatisfy(hash -> assertThat(hash)
                        .hasSize(64)
                        .doesNotContain(created.secret().substring(4)));
        var grant = authenticator.authenticate(created.secret()).orElseThrow();
        assertThat(grant.owner().getUsername()).isEqualTo(checker);
        assertThat(grant.scope()).isEqualTo(TokenScope.READ_WRITE);
        assertThat(authenticator.authenticate(created.secret() + "x")).isEmpty();
        signIn(ADMIN);
        assertThat(auditLog.search(new AuditFilter(null, "token.created", null, null, null), PageRequest.of(0, 50)))
                .anySatisfy(entry ->
                        assertThat(entry.toString()).contains("CMS import").doesNotContain(created.secret()));
    }

    @Test
    void names_and_validity_are_checked() {
        signIn(user("tokens-rules", Role.FACT_CHECKER));

        assertThatThrownBy(() -> tokens.create(new NewAccessToken(" ", TokenScope.READ, 30)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo("name");
        assertThatThrownBy(() -> tokens.create(new NewAccessToken("script", TokenScope.READ, 0)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> tokens.create(new NewAccessToken("script", TokenScope.READ, 400)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("year");
    }

    @Test
    void people_revoke_only_their_own_and_admins_revoke_anyone_s() {
        String owner = user("tokens-revoke-owner", Role.FACT_CHECKER);
        String other = user("tokens-revoke-other", Role.EDITOR);
        signIn(owner);
        CreatedAccessToken first = tokens.create(new NewAccessToken("first", TokenScope.READ, 7));
        CreatedAccessToken second = tokens.create(new NewAccessToken("second", TokenScope.READ, 7));

        signIn(other);
        assertThatThrownBy(() -> tokens.revokeMine(first.token().id())).isInstanceOf(ItemNotFoundException.class);
        assertThat(tokens.mine()).noneMatch(t -> t.id() == first.token().id());
        assertThatThrownBy(() -> tokens.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.revokeAny(first.token().id())).isInstanceOf(AccessDeniedException.class);

        signIn(owner);
        assertThat(tokens.revokeMine(first.token().id()).status()).isEqualTo(AccessTokenDetail.Status.REVOKED);
        assertThat(authenticator.authenticate(first.secret())).isEmpty();

        signIn(ADMIN);
        assertThat(tokens.all())
                .anyMatch(t -> t.id() == second.token().id() && t.owner().equals(owner));
        AccessTokenDetail revoked = tokens.revokeAny(second.token().id());
        assertThat(revoked.revokedBy()).isEqualTo(ADMIN);
        assertThat(authenticator.authenticate(second.secret())).isEmpty();
    }

    @Test
    void expired_tokens_and_disabled_owners_are_refused() {
        String owner = user(unique("tokens-expiry"), Role.FACT_CHECKER);
        long ownerId = signIn(owner).userId();
        CreatedAccessToken token = tokens.create(new NewAccessToken("nightly", TokenScope.READ, 1));
        assertThat(authenticator.authenticate(token.secret())).isPresent();

        signIn(ADMIN);
        userAdmin.disable(ownerId, userAdmin.get(ownerId).version());
        assertThat(authenticator.authenticate(token.secret())).isEmpty();
        userAdmin.enable(ownerId, userAdmin.get(ownerId).version());
        assertThat(authenticator.authenticate(token.secret())).isPresent();

        jdbc.update(
                "update access_token set expires_at = current_timestamp - interval '1' minute where id = ?",
                token.token().id());
        assertThat(authenticator.authenticate(token.secret())).isEmpty();
        signIn(owner);
        assertThat(tokens.mine())
                .singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(AccessTokenDetail.Status.EXPIRED));
    }
}
