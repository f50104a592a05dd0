package org.isec.notification.domain.email;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailSettingsTest {

    @Test
    void retriesBackOffExponentiallyUpToTheLongestInterval() {
        EmailSettings settings = new EmailSettings("x@isec.example", List.of(), "it", Duration.ofSeconds(2), 20,
                Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofMinutes(30), 15);

        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoffAfter(6)).isEqualTo(Duration.ofMinutes(16));
        assertThat(settings.backoffAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.backoffAfter(60)).isEqualTo(Duration.ofMinutes(30));
    }
}
