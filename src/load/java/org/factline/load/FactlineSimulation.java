package org.factline.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;
import static org.factline.load.VaadinProtocol.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A fact-checker's session, per virtual user {@code loadN}: sign in, the claims list, a claim,
 * vote, add a note, search twice, the timeline, an article, close the UI, sign out; with think
 * times. Before and after the users an admin reads {@code /loadtest/stats}: the votes stored must
 * have grown by exactly the new votes the app acknowledged ("0 lost votes").
 *
 * <p>System properties: {@code load.base-url}, {@code load.users} (virtual users, each signs in
 * once), {@code load.ramp} (seconds over which they arrive), {@code load.think} (mean think time,
 * seconds), {@code load.max-seconds} (hard stop), {@code load.accounts} (load accounts on the
 * server, default 500).
 */
public class FactlineSimulation extends Simulation {

    static final String PASSWORD = "factline-demo-2026";

    final String baseUrl = System.getProperty("load.base-url", "http://127.0.0.1:18080");
    final int users = Integer.getInteger("load.users", 10);
    final int ramp = Integer.getInteger("load.ramp", 10);
    final double think = Double.parseDouble(System.getProperty("load.think", "4"));
    final int maxSeconds = Integer.getInteger("load.max-seconds", 300);
    final int accounts = Integer.getInteger("load.accounts", 500);

    static final AtomicLong votesBefore = new AtomicLong(-1);
    static final AtomicInteger newVotesAcknowledged = new AtomicInteger();
    static final AtomicInteger changedVotesAcknowledged = new AtomicInteger();
    static final AtomicInteger notesAcknowledged = new AtomicInteger();

    final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .acceptLanguageHeader("en")
            .userAgentHeader("Gatling (Factline load test)")
            .disableCaching();

    final AtomicInteger next = new AtomicInteger();
    final Iterator<Map<String, Object>> loadUsers = Stream.generate(
                    () -> Map.<String, Object>of("username", "load" + (next.getAndIncrement() % accounts + 1)))
            .iterator();

    ChainBuilder think() {
        return pause(Duration.ofMillis((long) (think * 500)), Duration.ofMillis((long) (think * 1500)));
    }

    static ChainBuilder signIn(String username) {
        return exec(http("GET /login")
                        .get("/login")
                        .check(css("meta[name='_csrf']", "content").saveAs("csrf")))
                .exec(http("POST /login")
                        .post("/login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", username)
                        .formParam("password", PASSWORD)
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(location -> location.contains("error"))
                                        .is(false)));
    }

    /** The claims page as a browser opens it: the bootstrap page, the UI's init, the navigation. */
    static ChainBuilder openClaims() {
        return exec(http("GET /claims page")
                        .get("/claims")
                        .check(css("meta[name='_csrf']", "content").saveAs("csrf")))
                .exec(init("init claims", "claims"))
                .exec(uidl(
                        "navigate claims",
                        s -> navigate("/claims", "", false),
                        nodeWithId("claims-grid", "grid"),
                        linkIds("claims", "claimIds")))
                // The grid's connector confirms its first data update; rows may come with the reply.
                .doIf(session -> session.contains("grid"))
                .then(uidl(
                        "grid confirm",
                        s -> "{\"type\":\"publishedEventHandler\",\"node\":" + s.getInt("grid")
                                + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[0],"
                                + "\"promise\":0}",
                        linkIds("claims", "claimIds")));
    }

    static ChainBuilder openClaim() {
        return exec(session -> {
                    List<Object> ids = session.contains("claimIds") ? session.getList("claimIds") : List.of();
                    if (ids.isEmpty()) {
                        return session.markAsFailed();
                    }
                    return session.set(
                            "claimId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                })
                .exitHereIfFailed()
                .exec(uidl(
                        "open claim",
                        s -> navigate("claims/" + s.getString("claimId"), "", true),
                        nodeWithId("vote-verdict", "voteVerdict"),
                        nodeWithId("vote-cast", "voteCast"),
                        nodeWithId("note-new-body", "noteBody"),
                        nodeWithId("note-new-save", "noteSave"),
                        regex("\"Change vote\"").count().saveAs("alreadyVoted"),
                        linkIds("articles", "articleIds")));
    }

    ChainBuilder vote() {
        return doIf(session -> session.contains("voteCast"))
                .then(uidl(
                                "choose verdict",
                                s -> setValue(
                                        s.getInt("voteVerdict"),
                                        String.valueOf(
                                                1 + ThreadLocalRandom.current().nextInt(5)),
                                        "value-changed"))
                        .pause(Duration.ofMillis(300), Duration.ofMillis(1500))
                        .exec(uidl(
                                "cast vote",
                                s -> click(s.getInt("voteCast")),
                                substring("Your vote: ").count().saveAs("voteAck")))
                        .exec(FactlineSimulation::countVote));
    }

    private static Session countVote(Session session) {
        if (session.contains("voteAck") && session.getInt("voteAck") > 0) {
            if (session.getInt("alreadyVoted") > 0) {
                changedVotesAcknowledged.incrementAndGet();
            } else {
                newVotesAcknowledged.incrementAndGet();
            }
        }
        return session;
    }

    ChainBuilder addNote() {
        return doIf(session -> session.contains("noteSave"))
                .then(uidl(
                                "add note",
                                s -> setValue(
                                                s.getInt("noteBody"),
                                                "Load test note by " + s.getString("username")
                                                        + ": checked the source.",
                                                "change")
                                        + "," + click(s.getInt("noteSave")),
                                substring("Note added.").count().saveAs("noteAck"))
                        .exec(session -> {
                            if (session.getInt("noteAck") > 0) {
                                notesAcknowledged.incrementAndGet();
                            }
                            return session;
                        }));
    }

    ChainBuilder search(String name, String words) {
        return doIf(session -> !session.contains("searchBox"))
                .then(uidl(
                        "navigate search",
                        s -> navigate("/search", "", true),
                        nodeWithId("search-box", "searchBox"),
                        nodeWithId("search-go", "searchGo")))
                .exec(uidl(
                        name,
                        s -> setValue(s.getInt("searchBox"), words, "change") + "," + click(s.getInt("searchGo")),
                        nodeWithId("search-box", "searchBox"),
                        nodeWithId("search-go", "searchGo")));
    }

    ChainBuilder openArticle() {
        return doIf(session -> session.contains("articleIds")
                        && !session.getList("articleIds").isEmpty())
                .then(uidl(
                        "open article",
                        s -> navigate("articles/" + s.getList("articleIds").getFirst(), "", true),
                        substring("reader").exists()));
    }

    static ChainBuilder signOut() {
        return exec(unload("close UI"))
                .exec(http("POST /logout")
                        .post("/logout")
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302)));
    }

    final ScenarioBuilder factChecker = scenario("fact-checker")
            .feed(loadUsers)
            .exec(signIn("#{username}"))
            .exec(think())
            .exec(openClaims())
            .exec(think())
            .exec(openClaim())
            .exec(think())
            .exec(vote())
            .exec(think())
            .exec(addNote())
            .exec(think())
            .exec(search("search 1", "nvidia"))
            .exec(think())
            .exec(search("search 2", "training cost"))
            .exec(think())
            .exec(uidl("open timeline", s -> navigate("/timeline", "", true)))
            .exec(think())
            .exec(openArticle())
            .exec(think())
            .exec(signOut());

    ScenarioBuilder stats(String name, boolean after) {
        var read = http(name)
                .get("/loadtest/stats")
                .check(jsonPath("$.votes").ofLong().saveAs("votes"));
        if (after) {
            // Every new vote the app acknowledged is stored, and the claims' counters agree.
            read = read.check(
                    jsonPath("$.votes").ofLong().is(s -> votesBefore.get() + newVotesAcknowledged.get()),
                    jsonPath("$.claimVoteCounts").ofLong().is(s -> votesBefore.get() + newVotesAcknowledged.get()));
        }
        return scenario(name).exec(signIn("ada")).exec(read).exec(session -> {
            long votes = session.contains("votes") ? session.getLong("votes") : -1;
            if (!after) {
                votesBefore.set(votes);
            }
            System.out.printf(
                    "%s: votes stored %d; acknowledged new %d, changed %d; notes %d%n",
                    name, votes, newVotesAcknowledged.get(), changedVotesAcknowledged.get(), notesAcknowledged.get());
            return session;
        });
    }

    {
        setUp(stats("stats before", false)
                        .injectOpen(atOnceUsers(1))
                        .andThen(factChecker
                                .injectOpen(rampUsers(users).during(Duration.ofSeconds(ramp)))
                                .andThen(stats("stats after", true).injectOpen(atOnceUsers(1)))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(maxSeconds))
                .assertions(
                        details("stats after").successfulRequests().count().is(1L),
                        global().failedRequests().percent().lt(1.0));
    }
}
