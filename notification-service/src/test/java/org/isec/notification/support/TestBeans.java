package org.isec.notification.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Time that tests move, and a resolver tests can point at any address. */
@TestConfiguration(proxyBeanMethods = false)
class TestBeans {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    ScriptedNames scriptedNames() {
        return new ScriptedNames();
    }
}
