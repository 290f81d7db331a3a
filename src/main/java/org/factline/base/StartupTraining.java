package org.factline.base;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The training run of the JDK's ahead-of-time cache (the {@code aot-cache} Maven profile, JEP 483/514/515):
 * with {@code -Dfactline.aot.training=true} the application starts as usual, asks itself for the login
 * page once (so the classes of the first request are in the cache too) and stops. The JVM, started
 * with {@code -XX:AOTCacheOutput=…}, then writes what it loaded and linked.
 */
public final class StartupTraining {

    private StartupTraining() {}

    public static boolean requested() {
        return Boolean.getBoolean("factline.aot.training");
    }

    public static int exercise(ConfigurableApplicationContext context) throws IOException, InterruptedException {
        String port = context.getEnvironment().getProperty("local.server.port");
        if (port != null) {
            var client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            for (String path : new String[] {"/login", "/published"}) {
                var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofMinutes(2))
                        .build();
                client.send(request, HttpResponse.BodyHandlers.discarding());
            }
        }
        return SpringApplication.exit(context);
    }
}
