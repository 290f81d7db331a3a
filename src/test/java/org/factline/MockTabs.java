package org.factline;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.server.Command;

/**
 * Open browser tabs for tests of live updates without a Vaadin session: a mocked {@link UI} whose
 * {@code access} runs the task at once on the caller's thread (the broadcaster's delivery thread),
 * so a broadcast is seen once {@code Broadcaster.quiet()} (tests: {@code awaitEvents()}).
 */
public final class MockTabs {

    private MockTabs() {}

    /** A tab with its own mocked {@link Page}, for checking reloads. */
    public static UI tab() {
        UI ui = mock(UI.class);
        Page page = mock(Page.class);
        when(ui.getPage()).thenReturn(page);
        when(ui.access(any())).thenAnswer(call -> {
            ((Command) call.getArgument(0)).execute();
            return null;
        });
        return ui;
    }
}
