package org.factline.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** A refused FACTLINE_ADMIN_PASSWORD stops the first start with words, not a stack trace. */
class AdminPasswordRefusedAnalyzerTest {

    @Test
    void spring_boot_finds_the_analyzer_and_it_says_what_to_do() throws Exception {
        // each jar's spring.factories lists its own analyzers; ours must be among them
        var listed = new java.util.ArrayList<String>();
        var files = getClass().getClassLoader().getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION);
        while (files.hasMoreElements()) {
            var properties = PropertiesLoaderUtils.loadProperties(new UrlResource(files.nextElement()));
            listed.add(properties.getProperty(FailureAnalyzer.class.getName(), ""));
        }
        assertThat(listed)
                .anySatisfy(names -> assertThat(names).contains(AdminPasswordRefusedAnalyzer.class.getName()));
        var ours = new AdminPasswordRefusedAnalyzer();
        var failure = new IllegalStateException(
                "Failed to execute ApplicationRunner",
                new AdminPasswordRefused("admin", "Don't include your username."));
        var analysis = ours.analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .contains("'admin'", "FACTLINE_ADMIN_PASSWORD", "Don't include your username.");
        assertThat(analysis.getAction()).contains("leave it unset");
    }

    @Test
    void other_failures_are_left_to_the_others() {
        assertThat(new AdminPasswordRefusedAnalyzer().analyze(new IllegalStateException("port in use")))
                .isNull();
    }
}
