package org.isec.advisory.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock rules read time from (tests may replace it) and the timer that finishes interrupted matching. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AdvisoryConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
