package org.factline.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The three kinds of notice views give, styled and timed the same everywhere. */
public final class Notifications {

    private Notifications() {}

    public static void success(String message) {
        show(message, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static void error(String message) {
        show(message, NotificationVariant.LUMO_ERROR, 8000);
    }

    public static void info(String message) {
        show(message, NotificationVariant.LUMO_CONTRAST, 4000);
    }

    private static void show(String message, NotificationVariant variant, int durationMillis) {
        var notification = Notification.show(message, durationMillis, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
