package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CharterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void theFirstVersionIsInForceAtOnceAndRaisesNoEvent() {
        Charter first = Charters.first();

        assertThat(first.id()).isEqualTo("1");
        assertThat(first.pendingEvents()).isEmpty();
        assertThat(first.languages()).containsExactlyInAnyOrder("ar", "en", "es", "fr", "it", "zh");
    }

    @Test
    void aLanguageTheCharterLacksFallsBackToItalian() {
        Charter.Translation served = Charters.first().in("de");

        assertThat(served.language()).isEqualTo("it");
        assertThat(served.text().principles()).hasSize(10);
    }

    @Test
    void arabicIsServedRightToLeft() {
        assertThat(Charters.first().in("ar").text().direction()).isEqualTo("rtl");
    }

    @Test
    void aNewVersionAnnouncesItsAcceptanceDeadline() {
        Instant from = NOW.plus(Duration.ofDays(7));
        Charter next = Charter.publish(Charters.first(), Charters.shippedTexts(), from, 30, "Rule 9 added",
                new Actor("op", "operator"), NOW);

        assertThat(next.id()).isEqualTo("2");
        assertThat(next.acceptanceDeadline()).isEqualTo(from.plus(Duration.ofDays(30)));
        assertThat(next.isInForceAt(NOW)).isFalse();
        assertThat(next.isInForceAt(from)).isTrue();
        assertThat(next.deadlinePassedAt(from.plus(Duration.ofDays(30)))).isTrue();
        assertThat(next.pendingEvents()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("isec.membership.CharterPublished");
            assertThat(e.subject()).isEqualTo("2");
            assertThat(e.data()).contains("\"previousVersion\":\"1\"");
        });
    }
}
