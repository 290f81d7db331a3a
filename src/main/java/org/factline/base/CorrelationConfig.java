package org.factline.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/**
 * Work handed to Spring's task executor (the listeners of events between modules, after commit)
 * keeps the correlation id of the request or job that published the event, so the follow-up
 * work's log lines are found with it. Spring Boot applies the one {@link TaskDecorator} bean to its
 * executor.
 */
@Configuration(proxyBeanMethods = false)
class CorrelationConfig {

    @Bean
    TaskDecorator correlationCarrier() {
        return task -> Correlation.carried("event", task);
    }
}
