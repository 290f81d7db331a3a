package org.factline.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory per session: the heap after a full GC with no load users, then with {@code load.users}
 * signed-in UIs left idle on the claims list ({@code load.page=claims}) or on a claim page
 * ({@code load.page=claim}); printed as KB per UI. The UIs are closed and signed out afterwards.
 */
public class IdleSessionsSimulation extends Simulation {

    final String baseUrl = System.getProperty("load.base-url", "http://127.0.0.1:18080");
    final int users = Integer.getInteger("load.users", 100);
    final int ramp = Integer.getInteger("load.ramp", 30);
    final String page = System.getProperty("load.page", "claims");
    final int settle = 20;

    static final AtomicLong heapBefore = new AtomicLong();
    static final AtomicInteger uisBefore = new AtomicInteger();
    final AtomicInteger next = new AtomicInteger();

    ScenarioBuilder probe(String name, boolean first) {
        return scenario(name)
                .exec(FactlineSimulation.signIn("ada"))
                .exec(http(name)
                        .get("/loadtest/stats?gc=true")
                        .check(
                                jsonPath("$.heapUsedBytes").ofLong().saveAs("heap"),
                                jsonPath("$.uis").ofInt().saveAs("uis"),
                                jsonPath("$.sessions").ofInt().saveAs("sessions")))
                .exec(session -> {
                    long heap = session.getLong("heap");
                    int uis = session.getInt("uis");
                    if (first) {
                        heapBefore.set(heap);
                        uisBefore.set(uis);
                    }
                    System.out.printf(
                            "%s: heap after GC %.1f MB, %d live UIs, %d sessions%n",
                            name, heap / 1048576.0, uis, session.getInt("sessions"));
                    if (!first && uis > uisBefore.get()) {
                        System.out.printf(
                                "%s: %.0f KB per idle signed-in UI on %s (%d UIs)%n",
                                name,
                                (heap - heapBefore.get()) / 1024.0 / (uis - uisBefore.get()),
                                page,
                                uis - uisBefore.get());
                    }
                    return session;
                });
    }

    final ScenarioBuilder idle = scenario("idle " + page)
            .exec(session -> session.set("username", "load" + (next.incrementAndGet())))
            .exec(FactlineSimulation.signIn("#{username}"))
            .exec(FactlineSimulation.openClaims())
            .doIf(session -> page.equals("claim"))
            .then(FactlineSimulation.openClaim())
            // Idle until the second probe has measured, then close the UI and sign out.
            .pause(Duration.ofSeconds(ramp + settle + 40L))
            .exec(FactlineSimulation.signOut());

    {
        setUp(
                        probe("heap before", true).injectOpen(atOnceUsers(1)),
                        idle.injectOpen(
                                nothingFor(Duration.ofSeconds(15)),
                                rampUsers(users).during(ramp)),
                        probe("heap with idle UIs", false)
                                .injectOpen(nothingFor(Duration.ofSeconds(15L + ramp + settle)), atOnceUsers(1)))
                .protocols(http.baseUrl(baseUrl).disableCaching())
                .maxDuration(Duration.ofSeconds(15L + ramp + settle + 120L));
    }
}
