package org.factline.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * {@value #SESSIONS}: the Vaadin sessions open on this node (a browser that opened the app, until
 * its session ends), and {@value #UIS}: the open browser tabs (UIs) among them.
 */
@Component
public class UiSessionMeters implements VaadinServiceInitListener {

    static final String SESSIONS = "factline.ui.sessions";
    static final String UIS = "factline.ui.open";

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    UiSessionMeters(MeterRegistry registry) {
        Gauge.builder(SESSIONS, sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node")
                .baseUnit("sessions")
                .register(registry);
        Gauge.builder(UIS, uis, AtomicInteger::get)
                .description("Browser tabs (Vaadin UIs) open on this node")
                .baseUnit("tabs")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(init -> sessions.incrementAndGet());
        service.addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        service.addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    /** Vaadin sessions open on this node now. */
    public int sessions() {
        return sessions.get();
    }

    /** Browser tabs (UIs) open on this node now. */
    public int uis() {
        return uis.get();
    }
}
