package org.factline.presence.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.factline.claim.ClaimDetail;
import org.factline.claim.ui.ClaimPanel;
import org.factline.presence.PresenceHeartbeat;
import org.factline.presence.PresenceService;
import org.factline.presence.Viewer;
import org.factline.security.CurrentUser;
import org.factline.security.SystemAuthentication;
import org.springframework.core.annotation.Order;

/** "Also viewing": the avatars of teammates who have the same claim open right now. */
@org.springframework.stereotype.Component
@Order(1)
class ViewersPanel implements ClaimPanel {

    private final PresenceService presence;
    private final PresenceHeartbeat heartbeat;
    private final CurrentUser currentUser;

    ViewersPanel(PresenceService presence, PresenceHeartbeat heartbeat, CurrentUser currentUser) {
        this.presence = presence;
        this.heartbeat = heartbeat;
        this.currentUser = currentUser;
    }

    @Override
    public Component create(ClaimDetail claim) {
        String topic = "claim:" + claim.summary().id();
        var avatars = new AvatarGroup();
        avatars.setMaxItemsVisible(6);
        var label = new Span();
        var panel = new Div(label, avatars);
        panel.addClassName("viewers");
        panel.getElement().setAttribute("aria-live", "polite");
        Runnable redraw = () -> {
            // A teammate's heartbeat may reach this page after its session ended: nothing to draw.
            if (currentUser.get().isPresent()) {
                show(panel, label, avatars, presence.others(topic));
            }
        };
        panel.addAttachListener(attach -> {
            presence.enter(topic);
            String me = currentUser.actorName();
            var watch = heartbeat.watch(attach.getUI(), topic, me, redraw::run);
            redraw.run();
            panel.addDetachListener(detach -> {
                watch.remove();
                leave(topic, me);
                detach.unregisterListener();
            });
        });
        return panel;
    }

    /**
     * A page also detaches when its session ends (sign-out elsewhere, the account disabled or its
     * roles changed), with no one signed in any more: it leaves on the viewer's behalf then.
     */
    private void leave(String topic, String viewer) {
        if (currentUser.get().isPresent()) {
            presence.leave(topic);
        } else {
            SystemAuthentication.runAs(viewer, () -> {
                presence.leave(topic);
                return null;
            });
        }
    }

    static void show(Div panel, Span label, AvatarGroup avatars, List<Viewer> others) {
        panel.setVisible(!others.isEmpty());
        label.setText(
                others.size() == 1
                        ? translate("viewers.one", others.getFirst().displayName())
                        : translate("viewers.many", others.size()));
        avatars.setItems(others.stream()
                .map(v -> new AvatarGroup.AvatarGroupItem(v.displayName()))
                .toList());
    }
}
