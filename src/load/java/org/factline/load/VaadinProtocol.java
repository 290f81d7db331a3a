package org.factline.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.function.Function;

/**
 * Vaadin Flow's client-server protocol as its browser client speaks it (captured from Chromium on
 * this app): the bootstrap request {@code ?v-r=init}, then UIDL messages {@code ?v-r=uidl} carrying
 * the security key, the server's last syncId and our clientId, with RPCs on node ids read from the
 * responses. Stable component ids ({@code setId}) are how a script finds its nodes.
 */
final class VaadinProtocol {

    static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":10,\"event.clientY\":10,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":10,\"event.screenX\":10}";

    private VaadinProtocol() {}

    /** The bootstrap of a new UI on a route: its id, the security key and the first syncId. */
    static ChainBuilder init(String name, String location) {
        return exec(http(name)
                        .get("/?v-r=init&location=" + location + "&query=&v-ww=1280&v-wh=720&v-tzid=UTC")
                        .check(
                                jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']")
                                        .saveAs("securityKey"),
                                jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId")))
                .exec(session -> session.set("clientId", 0).set("lastHeartbeat", System.currentTimeMillis()));
    }

    /**
     * One UIDL message: {@code rpc} is the JSON array's content for this session; the reply's syncId
     * and clientId are kept for the next message. Extra checks find node ids and texts.
     */
    static ChainBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... checks) {
        var request = http(name)
                .post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> message(session, rpc.apply(session), "")))
                .check(
                        bodyString().saveAs("lastBody"),
                        status().is(200),
                        jsonPath("$.syncId").ofInt().saveAs("syncId"),
                        jsonPath("$.clientId").ofInt().saveAs("clientId"),
                        // A lost session or a server error comes back as meta, not as an HTTP error.
                        substring("\"sessionExpired\"").notExists(),
                        substring("\"appError\"").notExists())
                .check(checks);
        return exec(heartbeatIfDue()).exec(request).exec(session -> {
            if (session.isFailed() && !session.contains("reported")) {
                // The first failure of each virtual user, with what the server answered.
                String body = session.contains("lastBody") ? session.getString("lastBody") : "";
                System.out.println("FAILED " + name + " for " + session.getString("username") + ": "
                        + body.substring(0, Math.min(600, body.length())));
                return session.set("reported", true);
            }
            return session;
        });
    }

    /**
     * A browser tab sends a heartbeat every 30 s (vaadin.heartbeatInterval); a UI that misses three
     * is closed. Sent before a message once 25 s have passed since the last one, so a slow run
     * keeps its UIs as a browser would.
     */
    static ChainBuilder heartbeatIfDue() {
        return doIf(session -> System.currentTimeMillis() - session.getLong("lastHeartbeat") > 25_000)
                .then(exec(http("heartbeat")
                                .post("/?v-r=heartbeat&v-uiId=#{uiId}")
                                .header("Content-Type", "text/plain;charset=utf-8")
                                .check(status().is(200)))
                        .exec(session -> session.set("lastHeartbeat", System.currentTimeMillis())));
    }

    /** What a closing tab sends: the UI is closed at once instead of at the heartbeat timeout. */
    static HttpRequestActionBuilder unload(String name) {
        return http(name)
                .post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> message(session, "", ",\"UNLOAD\":true")))
                .check(status().is(200));
    }

    static String navigate(String route, String query, boolean fromClient) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\""
                + (fromClient ? "client" : "") + "\"}}";
    }

    static String click(Object node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}";
    }

    /** A value typed into a field, then the DOM event the field syncs on. */
    static String setValue(Object node, String value, String syncEvent) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                + value + "\"},{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + syncEvent
                + "\",\"data\":{}}";
    }

    /** The node that has this {@code id} attribute, saved under {@code key}; optional. */
    static CheckBuilder nodeWithId(String id, String key) {
        return regex("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + id + "\"\\}")
                .optional()
                .saveAs(key);
    }

    /** Every link to {@code prefix/<id>} in the response, ids saved under {@code key}. */
    static CheckBuilder linkIds(String prefix, String key) {
        return regex("\"key\":\"href\",\"feat\":3,\"value\":\"" + prefix + "/(\\d+)\"")
                .findAll()
                .optional()
                .saveAs(key);
    }

    private static String message(Session session, String rpc, String extra) {
        return "{\"csrfToken\":\"" + session.getString("securityKey") + "\",\"rpc\":[" + rpc + "],\"syncId\":"
                + session.getInt("syncId") + ",\"clientId\":" + session.getInt("clientId") + extra + "}";
    }
}
