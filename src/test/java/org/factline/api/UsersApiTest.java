package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** User accounts over the API: admins only, the one-time password once, roles with If-Match. */
class UsersApiTest extends AbstractApiTest {

    @Test
    void only_admins_list_users_even_an_admin_who_is_not_a_fact_checker() throws Exception {
        String adminOnly = token(user("api-users-admin", Role.ADMIN), TokenScope.READ);
        String checker = token(user("api-users-checker", Role.FACT_CHECKER), TokenScope.READ);
        String editor = token(user("api-users-editor", Role.EDITOR), TokenScope.READ);

        var list = get("/api/v1/users?q=api-users-&sort=username", adminOnly);

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json(list).findValuesAsString("username"))
                .contains("api-users-admin", "api-users-checker", "api-users-editor")
                .isSorted();
        assertThat(list.headers().firstValue("X-Total-Count")).isPresent();
        assertThat(problem(get("/api/v1/users", checker), 403).path("type").asString())
                .endsWith("/forbidden");
        problem(get("/api/v1/users", editor), 403);
        problem(get("/api/v1/users?sort=password", adminOnly), 400);
    }

    @Test
    void an_admin_creates_an_account_changes_its_roles_and_disables_and_enables_it() throws Exception {
        String admin = token(user("api-users-manager", Role.ADMIN), TokenScope.READ_WRITE);
        String username = unique("api-new");

        var created = send(
                "POST",
                "/api/v1/users",
                admin,
                "{\"username\":\"" + username + "\",\"displayName\":\"Rowan Pilot\",\"email\":\"" + username
                        + "@example.org\",\"roles\":[\"FACT_CHECKER\"]}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode account = json(created).path("user");
        long id = account.path("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/users/" + id);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(json(created).path("temporaryPassword").asString()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(account.path("mustChangePassword").asBoolean()).isTrue();
        var one = get("/api/v1/users/" + id, admin);
        assertThat(one.body()).doesNotContain("temporaryPassword").doesNotContain("password\"");
        String seen = etag(one);

        var promoted = send("PUT", "/api/v1/users/" + id + "/roles", admin, "{\"roles\":[\"EDITOR\"]}", seen);
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(json(promoted).path("roles").get(0).asString()).isEqualTo("EDITOR");
        JsonNode stale =
                problem(send("PUT", "/api/v1/users/" + id + "/roles", admin, "{\"roles\":[\"ADMIN\"]}", seen), 409);
        assertThat(stale.path("type").asString()).endsWith("/stale-version");

        var disabled = send("POST", "/api/v1/users/" + id + "/disable", admin, null, etag(promoted));
        assertThat(json(disabled).path("enabled").asBoolean()).isFalse();
        var enabled = send("POST", "/api/v1/users/" + id + "/enable", admin, null, etag(disabled));
        assertThat(json(enabled).path("enabled").asBoolean()).isTrue();

        JsonNode taken = problem(
                send(
                        "POST",
                        "/api/v1/users",
                        admin,
                        "{\"username\":\"" + username + "\",\"displayName\":\"Again\",\"roles\":[\"EDITOR\"]}"),
                400);
        assertThat(taken.path("errors").get(0).path("field").asString()).isEqualTo("username");
        JsonNode noName =
                problem(send("POST", "/api/v1/users", admin, "{\"username\":\"someone\",\"roles\":[\"EDITOR\"]}"), 400);
        assertThat(noName.path("errors").get(0).path("field").asString()).isEqualTo("displayName");
        JsonNode noRoles = problem(send("PUT", "/api/v1/users/" + id + "/roles", admin, "{\"roles\":[]}"), 400);
        assertThat(noRoles.path("errors").get(0).path("field").asString()).isEqualTo("roles");
        problem(
                send(
                        "POST",
                        "/api/v1/users",
                        token(user("api-users-editor", Role.EDITOR), TokenScope.READ_WRITE),
                        "{\"username\":\"x-by-editor\",\"displayName\":\"X\",\"roles\":[\"EDITOR\"]}"),
                403);
    }
}
