package org.factline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Live updates between people: views subscribe to a topic ("claim:42") and are told, through
 * server push, when someone else changed it, so they refresh without a reload. Covers the UIs of
 * this node only: on several nodes, a change made on another node shows on the next refresh or
 * navigation (fan-out between nodes, e.g. PostgreSQL LISTEN/NOTIFY, is still to be built).
 */
@Component
public class Broadcaster {

    private record Subscriber(UI ui, SerializableRunnable onChange) {}

    private final Map<String, Set<Subscriber>> topics = new ConcurrentHashMap<>();

    public Registration subscribe(String topic, UI ui, SerializableRunnable onChange) {
        var subscriber = new Subscriber(ui, onChange);
        topics.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> topics.computeIfPresent(topic, (t, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    public void publish(String topic) {
        for (Subscriber s : topics.getOrDefault(topic, Set.of())) {
            try {
                s.ui().access(s.onChange()::run);
            } catch (UIDetachedException gone) {
                topics.getOrDefault(topic, ConcurrentHashMap.newKeySet()).remove(s);
            }
        }
    }

    int subscribers(String topic) {
        return topics.getOrDefault(topic, Set.of()).size();
    }
}
