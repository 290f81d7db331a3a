package org.factline.base;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Names this node in its session ids, so a load balancer can send each browser back to the node
 * that holds its UI (Vaadin keeps a UI's state in the node's memory). With {@code
 * factline.node.name=a}, Tomcat ends every session id with {@code .a} (its "jvmRoute"), also the
 * new id it gives at sign-in; the sample nginx configuration in docs/load-balancer.md picks the node
 * from that suffix. Unset (one node): session ids as usual.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String name;

    NodeRoute(@Value("${factline.node.name:}") String name) {
        if (StringUtils.hasText(name) && !name.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("factline.node.name (FACTLINE_NODE_NAME) must be 1 to 32 letters,"
                    + " digits, '-' or '_', not \"" + name + "\"");
        }
        this.name = name.strip();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (name.isEmpty()) {
            return;
        }
        // The session manager takes its route from the engine when it starts, just after this.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && context.getParent() != null
                    && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(name);
            }
        }));
    }
}
