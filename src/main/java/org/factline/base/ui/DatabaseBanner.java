package org.factline.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.factline.base.DatabaseHealth;
import org.jspecify.annotations.Nullable;

/**
 * The strip over every page while the database can't be reached: it appears on every open page
 * at once (server push) and goes with a "Connection restored" notice. The page underneath stays as
 * it was, forms included, so nothing typed is lost.
 */
final class DatabaseBanner extends Div {

    static final String TEXT = "Can't reach the database \u2014 retrying\u2026";
    static final String RESTORED = "Connection restored.";

    private final transient DatabaseHealth health;
    private final transient Broadcaster broadcaster;
    private @Nullable Registration subscription;

    DatabaseBanner(DatabaseHealth health, Broadcaster broadcaster) {
        this.health = health;
        this.broadcaster = broadcaster;
        addClassName("database-banner");
        getElement().setAttribute("role", "status");
        add(VaadinIcon.PLUG.create(), new Span(TEXT));
        setVisible(!health.reachable());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        setVisible(!health.reachable());
        subscription = broadcaster.subscribe(DatabaseAnnouncer.TOPIC, event.getUI(), this::update);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        super.onDetach(event);
    }

    private void update() {
        boolean down = !health.reachable();
        if (isVisible() && !down) {
            Notifications.success(RESTORED);
        }
        setVisible(down);
    }
}
