package org.isec.notification.config;

import java.time.Clock;
import java.time.Duration;

import org.isec.notification.domain.templates.Templates;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConfigurationPropertiesScan("org.isec.notification")
class NotificationConfig {

    /**
     * Retry times and lease ends are instants; tests replace this clock to move time instead of waiting. Ticks in
     * milliseconds, the precision MongoDB stores, so an answer shows the same instant a later read returns.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    /** Loaded once at start-up, so a broken template file stops the service instead of the first e-mail. */
    @Bean
    Templates templates() {
        return Templates.fromClasspath();
    }
}
