package org.isec.membership.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    // One clock for every rule that depends on time, so tests can see time pass without waiting.
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
