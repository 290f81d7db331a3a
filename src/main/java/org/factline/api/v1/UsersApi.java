package org.factline.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.factline.api.ApiPage;
import org.factline.api.ApiProperties;
import org.factline.api.Versions;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.factline.user.CreatedUser;
import org.factline.user.NewUser;
import org.factline.user.UserAdminService;
import org.factline.user.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * User accounts, for admins: the users list, new accounts (the one-time password is in the answer
 * to the creation and nowhere else), roles, disabling and enabling. Changes take the user's ETag
 * in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UsersApi {

    private static final Set<String> SORT_KEYS = Set.of("displayName", "username", "email", "lastLoginAt");

    private final UserAdminService users;
    private final ApiProperties properties;

    UsersApi(UserAdminService users, ApiProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "List users, by username unless sorted otherwise (admins)")
    ResponseEntity<List<UserSummary>> list(
            @Parameter(description = "Text the name, username or e-mail contains")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(
                            description = "Comma-separated keys, '-' first for descending: displayName, username,"
                                    + " email, lastLoginAt")
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            HttpServletRequest request) {
        ApiPage paging = ApiPage.of(page, size, properties.maxPageSize());
        Sort order = SortKeys.parse(sort, SORT_KEYS);
        return paging.respond(
                users.find(q, paging.offset(), paging.size(), order.isSorted() ? order : Sort.by("username")),
                users.count(q),
                request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user; the ETag is the account's version (admins)")
    ResponseEntity<UserSummary> get(@PathVariable long id) {
        UserSummary user = users.get(id);
        return Versions.withEtag(user.version(), user);
    }

    record UserRequest(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String email,
            @Nullable Set<Role> roles) {}

    @PostMapping
    @Operation(
            summary = "Create an account (admins)",
            description = "The answer holds the one-time password, shown this once: pass it on; the person"
                    + " chooses their own at first sign-in.")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<CreatedUser> create(@RequestBody UserRequest body) {
        if (body.username() == null || body.username().isBlank()) {
            throw new ValidationException("username", "Enter a username.");
        }
        if (body.displayName() == null || body.displayName().isBlank()) {
            throw new ValidationException("displayName", "Enter the person's name.");
        }
        if (body.roles() == null || body.roles().isEmpty()) {
            throw new ValidationException("roles", "Give the user at least one role: " + List.of(Role.values()));
        }
        CreatedUser created =
                users.create(new NewUser(body.username(), body.displayName(), body.email(), body.roles()));
        return ResponseEntity.created(
                        URI.create("/api/v1/users/" + created.user().id()))
                .eTag(Versions.etag(created.user().version()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(created);
    }

    record RolesRequest(@Nullable Set<Role> roles) {}

    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace the user's roles; their sessions end (admins)")
    ResponseEntity<UserSummary> changeRoles(
            @PathVariable long id,
            @Parameter(description = "The user's ETag")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody RolesRequest body) {
        if (body.roles() == null) {
            throw new ValidationException("roles", "Send the roles the user should have: " + List.of(Role.values()));
        }
        return withEtag(users.changeRoles(id, expected(id, ifMatch), body.roles()));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable the account: sessions and access tokens stop working at once (admins)")
    ResponseEntity<UserSummary> disable(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return withEtag(users.disable(id, expected(id, ifMatch)));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled account again (admins)")
    ResponseEntity<UserSummary> enable(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return withEtag(users.enable(id, expected(id, ifMatch)));
    }

    private long expected(long id, @Nullable String ifMatch) {
        return Versions.expected(ifMatch, () -> users.get(id).version());
    }

    private static ResponseEntity<UserSummary> withEtag(UserSummary user) {
        return Versions.withEtag(user.version(), user);
    }
}
