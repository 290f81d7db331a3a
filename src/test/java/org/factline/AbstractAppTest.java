package org.factline;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Duration;
import org.awaitility.core.ThrowingRunnable;
import org.factline.security.ui.LoginView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests with Karibu-Testing: a mocked Vaadin environment over the real Spring
 * context. {@link #login} signs in both for Spring Security and for Vaadin's view access checks.
 */
public abstract class AbstractAppTest extends AbstractIntegrationTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.factline");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        awaitEvents(); // live updates still on their way go to these UIs, not the next test's
        MockVaadin.tearDown();
    }

    /** Signs in as the given user and opens the dashboard in a fresh UI. */
    protected void login(String username) {
        var principal = signIn(username);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, role) -> principal.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        var request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((p, role) -> false);
        UI.getCurrent().getPage().reload();
    }

    /**
     * Waits until {@code assertion} holds for work done in the background, running the UI's pending
     * {@code UI.access} tasks before each check as the browser's round trip would. The checks run on
     * the test thread: Vaadin's current UI and session are thread-bound.
     */
    protected static void awaitUi(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .pollInSameThread()
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    assertion.run();
                });
    }

    /** The signed-in user may not open {@code location}: the running app shows "not found". */
    protected static void assertDenied(String location) {
        assertThatThrownBy(() -> UI.getCurrent().navigate(location))
                .as("opening %s", location)
                .isInstanceOf(MockAccessDeniedException.class);
    }

    /** Someone not signed in who opens {@code location} gets the login page instead. */
    protected void assertSentToLogin(String location) {
        logout();
        UI.getCurrent().navigate(location);
        _get(LoginView.class);
    }
}
