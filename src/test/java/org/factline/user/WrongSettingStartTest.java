package org.factline.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.factline.FactlineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FACTLINE_ADMIN_PASSWORD that breaks the password policy stops a real start, in a process of its
 * own as an operator runs it: one sentence saying what to change, no stack trace, a failing exit
 * status, and the web server never listening.
 */
class WrongSettingStartTest {

    @TempDir
    Path data;

    @Test
    void a_missing_remember_me_key_stops_the_start_with_one_sentence_and_no_stack_trace() throws Exception {
        // the test profile's placeholder is emptied where it is read, as a real start without the variable
        String output =
                start("--factline.security.remember-me-key=", "--factline.admin.password=quartz-lighthouse-ferry-26");
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("FACTLINE_SECURITY_REMEMBER_ME_KEY is not set: Factline needs a secret to sign the"
                        + " \"keep me signed in\" cookies.")
                .doesNotContain("Tomcat started on port")
                .doesNotContainPattern("(?m)^\\s+at (org|java|jdk|com)\\.")
                .doesNotContain("Exception in thread");
    }

    /** Starts Factline in a process of its own with these extra arguments; the output, after it ended with a failure. */
    private String start(String... arguments) throws Exception {
        Path log = data.resolve("start-" + System.nanoTime() + ".log");
        var builder = new ProcessBuilder(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        FactlineApplication.class.getName(),
                        "--spring.profiles.active=test",
                        "--spring.datasource.url=jdbc:h2:mem:wrong-setting",
                        "--server.port=0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("FACTLINE_DATA_DIR", data.toString());
        builder.command().addAll(java.util.List.of(arguments));
        Process process = builder.start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(ended).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        return output;
    }

    @Test
    void a_refused_admin_password_stops_the_start_with_one_sentence_and_no_stack_trace() throws Exception {
        Path log = data.resolve("start.log");
        var builder = new ProcessBuilder(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        FactlineApplication.class.getName(),
                        "--spring.profiles.active=test",
                        "--spring.datasource.url=jdbc:h2:mem:wrong-setting",
                        "--server.port=0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("FACTLINE_DATA_DIR", data.toString());
        // the test profile's own password would win over the environment: set it where it is read
        builder.environment().put("FACTLINE_ADMIN_PASSWORD", "admin-short");
        builder.command().add("--factline.admin.password=admin-short");
        Process process = builder.start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);

        assertThat(ended).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("The first admin account 'admin' was not created: the password in FACTLINE_ADMIN_PASSWORD"
                        + " is refused.")
                .doesNotContain("Tomcat started on port")
                .doesNotContainPattern("(?m)^\\s+at (org|java|jdk|com)\\.")
                .doesNotContain("Exception in thread");
    }
}
