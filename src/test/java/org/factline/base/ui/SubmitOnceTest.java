package org.factline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SubmitOnceTest {

    @Test
    void the_browser_disables_the_button_at_the_click_and_the_server_enables_it_after_the_action() {
        var enabledDuringAction = new AtomicBoolean(true);
        var button = new Button("Save");
        button.addClickListener(e -> enabledDuringAction.set(button.isEnabled()));
        SubmitOnce.guard(button);
        assertThat(button.isDisableOnClick()).isTrue();

        button.setEnabled(false); // what Vaadin does on the server for a disable-on-click button
        ComponentUtil.fireEvent(button, new ClickEvent<>(button));

        assertThat(enabledDuringAction)
                .as("still disabled while the action runs")
                .isFalse();
        assertThat(button.isEnabled()).as("usable again once handled").isTrue();
    }
}
