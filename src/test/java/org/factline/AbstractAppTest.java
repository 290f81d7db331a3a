package org.factline;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
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
}
