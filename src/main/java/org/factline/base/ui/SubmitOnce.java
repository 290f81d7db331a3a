package org.factline.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;

/**
 * A button that stores something is disabled in the browser at the first click and enabled again
 * once the server has handled it, also when the action failed (the database away, a refusal): a
 * double click, or an impatient second one while the first is on its way, is one submission, not
 * a second one that meets an emptied form or a closed dialog, and a failed one can be tried again.
 */
public final class SubmitOnce {

    private SubmitOnce() {}

    /** A new button with {@code action} as its click listener. */
    public static Button button(String text, ComponentEventListener<ClickEvent<Button>> action) {
        var button = new Button(text);
        onClick(button, action);
        return button;
    }

    /** Makes {@code action} the button's click action, run once per click. */
    public static void onClick(Button button, ComponentEventListener<ClickEvent<Button>> action) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                action.onComponentEvent(e);
            } finally {
                button.setEnabled(true); // usable again, if it is still shown
            }
        });
    }
}
