package org.factline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.factline.security.SessionsRevoked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The browser tabs open on this node, by user. When a user's sessions are revoked, their open
 * tabs reload at once (through server push) and land on the login page, instead of waiting for
 * their next click. Other nodes' tabs end at their next request via the session check.
 */
@Component
public class OpenViews {

    private final Map<Long, Set<UI>> byUser = new ConcurrentHashMap<>();

    void opened(long userId, UI ui) {
        byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(ui);
    }

    void closed(long userId, UI ui) {
        byUser.computeIfPresent(userId, (id, uis) -> {
            uis.remove(ui);
            return uis.isEmpty() ? null : uis;
        });
    }

    int openCount(long userId) {
        return byUser.getOrDefault(userId, Set.of()).size();
    }

    @ApplicationModuleListener
    void on(SessionsRevoked event) {
        for (UI ui : byUser.getOrDefault(event.userId(), Set.of())) {
            try {
                ui.access(() -> ui.getPage().reload());
            } catch (UIDetachedException gone) {
                closed(event.userId(), ui);
            }
        }
    }
}
