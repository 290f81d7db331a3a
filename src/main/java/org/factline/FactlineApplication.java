package org.factline;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class FactlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(FactlineApplication.class, args);
    }

    /** All "now" in the application comes from here, so tests can control time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
