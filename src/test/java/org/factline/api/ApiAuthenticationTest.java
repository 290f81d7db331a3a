package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.IntStream;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.security.TokenScope;
import org.factline.user.AccessTokenDetail;
import org.junit.jupiter.api.Test;

/** Who gets in with which token: unknown, expired, revoked, disabled owner, wrong scope, rate limit. */
class ApiAuthenticationTest extends AbstractApiTest {

    @Test
    void no_token_or_a_wrong_one_is_a_401_problem() throws Exception {
        var none = get("/api/v1/claims", null);
        assertThat(problem(none, 401).path("type").asString()).endsWith("/unauthorized");
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

        problem(get("/api/v1/claims", "flt_" + "x".repeat(43)), 401);
        problem(get("/api/v1/claims", "not-a-token"), 401);
        var basic = send(request("/api/v1/claims", null)
                .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .GET()
                .build());
        problem(basic, 401);
    }

    @Test
    void a_live_token_reads_as_its_owner_and_records_its_use() throws Exception {
        String checker = user("api-auth-checker", Role.FACT_CHECKER);
        String token = token(checker, TokenScope.READ);

        var response = get("/api/v1/claims?size=5", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).isArray()).isTrue();
        assertThat(response.headers().firstValue("RateLimit-Limit")).hasValue("40");
        signIn(checker);
        assertThat(accessTokens.mine())
                .filteredOn(t -> t.status() == AccessTokenDetail.Status.ACTIVE)
                .anySatisfy(t -> assertThat(t.lastUsedAt()).isNotNull());
    }

    @Test
    void expired_and_revoked_tokens_stop_working() throws Exception {
        String checker = user("api-auth-expiry", Role.FACT_CHECKER);
        String expiring = token(checker, TokenScope.READ);
        String revoked = token(checker, TokenScope.READ);
        assertThat(get("/api/v1/claims", expiring).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/claims", revoked).statusCode()).isEqualTo(200);

        jdbc.update(
                "update access_token set expires_at = current_timestamp - interval '1' hour where token_prefix = ?",
                expiring.substring(0, 12));
        signIn(checker);
        long revokedId = accessTokens.mine().stream()
                .filter(t -> revoked.startsWith(t.prefix()))
                .findFirst()
                .orElseThrow()
                .id();
        accessTokens.revokeMine(revokedId);

        problem(get("/api/v1/claims", expiring), 401);
        problem(get("/api/v1/claims", revoked), 401);
    }

    @Test
    void a_disabled_owner_s_tokens_stop_at_once_and_work_again_when_enabled() throws Exception {
        String checker = user(unique("api-disabled"), Role.FACT_CHECKER);
        String token = token(checker, TokenScope.READ_WRITE);
        assertThat(get("/api/v1/claims", token).statusCode()).isEqualTo(200);
        long id = signIn(checker).userId();

        SystemAuthentication.runAsSystem(
                () -> userAdmin.disable(id, userAdmin.get(id).version()));
        problem(get("/api/v1/claims", token), 401);

        SystemAuthentication.runAsSystem(
                () -> userAdmin.enable(id, userAdmin.get(id).version()));
        assertThat(get("/api/v1/claims", token).statusCode()).isEqualTo(200);
    }

    @Test
    void a_read_token_cannot_change_anything() throws Exception {
        String checker = user("api-auth-reader", Role.FACT_CHECKER);
        String token = token(checker, TokenScope.READ);

        var response = send("POST", "/api/v1/claims", token, "{\"text\":\"The port handled twice the cargo.\"}");

        assertThat(problem(response, 403).path("type").asString()).endsWith("/read-only-token");
    }

    @Test
    void a_token_never_grants_more_than_its_owner_s_roles() throws Exception {
        String checker = user("api-auth-no-editor", Role.FACT_CHECKER);
        String token = token(checker, TokenScope.READ_WRITE);
        long claimId = newClaim("A fact-checker cannot approve over the API");

        var approve = send("POST", "/api/v1/claims/" + claimId + "/verdicts/approve", token, null);

        assertThat(problem(approve, 403).path("type").asString()).endsWith("/forbidden");
        String admin = user("api-auth-admin-only", Role.ADMIN);
        var adminReadsClaims = get("/api/v1/claims", token(admin, TokenScope.READ));
        assertThat(problem(adminReadsClaims, 403).path("detail").asString()).contains("roles");
    }

    @Test
    void a_token_past_its_rate_limit_gets_429_with_retry_after() throws Exception {
        String checker = user("api-auth-rate", Role.FACT_CHECKER);
        String token = token(checker, TokenScope.READ);

        var answers = IntStream.range(0, 41)
                .mapToObj(i -> {
                    try {
                        return get("/api/v1/claims?size=1", token);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();

        assertThat(answers.subList(0, 40))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        HttpResponse<String> refused = answers.get(40);
        assertThat(problem(refused, 429).path("type").asString()).endsWith("/rate-limited");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
        // Another token of the same person has its own bucket.
        assertThat(get("/api/v1/claims?size=1", token(checker, TokenScope.READ)).statusCode())
                .isEqualTo(200);
    }
}
