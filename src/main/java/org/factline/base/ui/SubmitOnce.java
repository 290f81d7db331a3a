package org.factline.base.ui;

import com.vaadin.flow.component.button.Button;

/**
 * A button that stores something is disabled in the browser at the first click and enabled again
 * once the server has handled it: a double click, or an impatient second one while the first is
 * on its way, is one submission, not a second one that meets an emptied form or a closed dialog.
 */
public final class SubmitOnce {

    private SubmitOnce() {}

    /**
     * Call after the button's own click listener is added: listeners run in the order they were
     * added, so the button is usable again after its action, if it is still shown.
     */
    public static Button guard(Button button) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> button.setEnabled(true));
        return button;
    }
}
