package org.factline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SubmitOnceTest {

    @Test
    void the_browser_disables_the_button_at_the_click_and_the_server_enables_it_after_the_action() {
        var enabledDuringAction = new AtomicBoolean(true);
        var button = new AtomicReference<Button>();
        button.set(SubmitOnce.button(
                "Save", e -> enabledDuringAction.set(button.get().isEnabled())));
        assertThat(button.get().isDisableOnClick()).isTrue();

        button.get().setEnabled(false); // what Vaadin does on the server for a disable-on-click button
        ComponentUtil.fireEvent(button.get(), new ClickEvent<>(button.get()));

        assertThat(enabledDuringAction)
                .as("still disabled while the action runs")
                .isFalse();
        assertThat(button.get().isEnabled()).as("usable again once handled").isTrue();
    }

    @Test
    void an_action_that_fails_leaves_the_button_usable_to_try_again() {
        var button = new Button("Save");
        SubmitOnce.onClick(button, e -> {
            throw new IllegalStateException("database away");
        });
        button.setEnabled(false);
        assertThatThrownBy(() -> ComponentUtil.fireEvent(button, new ClickEvent<>(button)))
                .hasMessageContaining("database away");
        assertThat(button.isEnabled()).isTrue();
    }
}
