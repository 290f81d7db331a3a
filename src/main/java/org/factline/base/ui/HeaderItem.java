package org.factline.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature adds to the shell's header, left of the user menu (the notification bell).
 * Beans are asked once per page layout; empty when the signed-in user has no use for it.
 */
public interface HeaderItem {

    Optional<Component> create();
}
