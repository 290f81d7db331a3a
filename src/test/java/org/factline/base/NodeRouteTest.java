package org.factline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

class NodeRouteTest {

    /** A real Tomcat on a free port whose one servlet starts a session and answers with its id. */
    private static String sessionIdFrom(NodeRoute route) throws Exception {
        var factory = new TomcatServletWebServerFactory(0);
        route.customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                        response.getWriter().write(request.getSession(true).getId());
                    }
                })
                .addMapping("/"));
        server.start();
        try {
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.body();
        } finally {
            server.stop();
        }
    }

    @Test
    void aNamedNodeEndsEverySessionIdWithItsName() throws Exception {
        assertThat(sessionIdFrom(new NodeRoute("b"))).matches("[0-9A-F]{32}\\.b");
    }

    @Test
    void withoutANameSessionIdsAreAsUsual() throws Exception {
        assertThat(sessionIdFrom(new NodeRoute(""))).matches("[0-9A-F]{32}");
    }

    @Test
    void aNameThatCantBeInACookieStopsTheStartWithOneSentence() {
        assertThatThrownBy(() -> new NodeRoute("node one;"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FACTLINE_NODE_NAME");
    }
}
