package org.factline;

import java.util.List;
import java.util.Set;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.security.AppRoles.Role;
import org.factline.security.AppUserPrincipal;
import org.factline.security.SystemAuthentication;
import org.factline.user.AccountService;
import org.factline.user.NewUser;
import org.factline.user.UserAdminService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Every Spring test shares this one context: the real application on a random port, a database
 * migrated by Flyway (in-memory H2, or one embedded PostgreSQL server per JVM: {@link TestDatabase})
 * and an in-memory search index. Tests create the users they need
 * with unique names, so they don't depend on each other's data. Events between modules reach
 * their listeners after commit on other threads: {@link #awaitEvents} waits for them, and every
 * test ends by waiting for its events and checking that no listener failed, so no work runs on
 * into the next test. Tagged {@code app}: the tests the {@code postgresql-suite} execution runs again on
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextCustomizerFactories(TestDatabase.class)
@Tag("app")
public abstract class AbstractIntegrationTest {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "quartz-lighthouse-ferry-26";
    public static final String TEST_PASSWORD = "test-password-for-factline";

    @Autowired
    protected UserAdminService userAdmin;

    @Autowired
    protected AccountService accountService;

    @Autowired
    protected UserDetailsService userDetailsService;

    @Autowired
    private ClaimService fixtureClaims;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void deliverEventsOfThisTest() {
        new EventDeliveries(jdbc).awaitAllDelivered();
    }

    /**
     * Waits until every event published so far has reached its listeners (or a listener failed:
     * then its publication stays, with status FAILED).
     */
    protected void awaitEvents() {
        new EventDeliveries(jdbc).awaitQuiet();
    }

    /** The event publications not delivered yet, as "STATUS listener event-as-JSON". */
    protected List<String> undeliveredEvents() {
        return new EventDeliveries(jdbc).undelivered();
    }

    /**
     * Creates (once) a user with {@link #TEST_PASSWORD} and returns the username: the way a person
     * would, an admin creates the account and the user replaces the one-time password.
     */
    protected String user(String username, Role... roles) {
        if (exists(username)) {
            return username;
        }
        var previous = SecurityContextHolder.getContext();
        try {
            String temporary = SystemAuthentication.runAsSystem(() -> userAdmin
                    .create(new NewUser(username, "Test " + username, username + "@example.org", Set.of(roles)))
                    .temporaryPassword());
            signIn(username);
            accountService.changePassword(temporary, TEST_PASSWORD, TEST_PASSWORD);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return username;
    }

    private boolean exists(String username) {
        try {
            userDetailsService.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    /** A fresh, unique username for tests that change a user. */
    protected static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /**
     * A fresh word that only this test's data contains, so searches and lists shared with other tests
     * find just its own. Letters only: the search analysers would split a word at its digits.
     */
    protected static String marker(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "q");
    }

    /** A new claim with nothing but a unique text starting with {@code text}, made by whoever is signed in. */
    protected long newClaim(String text) {
        return fixtureClaims
                .create(new NewClaim(unique(text), null, null, Set.of()))
                .id();
    }

    /** Signs in for service calls made from the test thread. */
    protected AppUserPrincipal signIn(String username) {
        var principal = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return principal;
    }
}
