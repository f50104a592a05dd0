package org.isec.advisory.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.isec.advisory.domain.Area;
import org.isec.advisory.domain.advisors.AdvisorProfile;
import org.isec.advisory.domain.cases.AssignmentSuggestions.Suggestion;
import org.junit.jupiter.api.Test;

class AssignmentScoreTest {

    static final AdvisoryCase FRENCH_FINANCE = AdvisoryCase.request("org-1", "user-1", Area.FINANCIAL,
            "Loan for a second shop", "fr", null, Instant.parse("2027-01-10T09:00:00Z"));

    static AdvisorProfile advisor(Set<Area> areas, Set<String> languages, int max) {
        return new AdvisorProfile("a", "Awa Diop", "awa@consorzio-isec.it", areas, languages, max, true,
                Instant.EPOCH, "op", 0L);
    }

    @Test
    void areaLanguageAndFreeCapacityAddUpToTheScore() {
        Suggestion s = AssignmentSuggestions.score(FRENCH_FINANCE, advisor(Set.of(Area.FINANCIAL), Set.of("fr"), 8), 2);

        // 55 area + 30 language + 15 × 6 free / 8 = 11.25 → 11 load
        assertThat(s.breakdown()).isEqualTo(new AssignmentSuggestions.Breakdown(55, 30, 11));
        assertThat(s.score()).isEqualTo(96);
        assertThat(s.reasons()).containsExactly("covers FINANCIAL", "speaks fr", "2 of 8 open cases");
        assertThat(s.fullyBooked()).isFalse();
    }

    @Test
    void aFullyBookedAdvisorGetsNoLoadPoints() {
        Suggestion s = AssignmentSuggestions.score(FRENCH_FINANCE, advisor(Set.of(Area.LEGAL), Set.of("it"), 4), 5);

        assertThat(s.breakdown()).isEqualTo(new AssignmentSuggestions.Breakdown(0, 0, 0));
        assertThat(s.fullyBooked()).isTrue();
        assertThat(s.reasons()).containsExactly("does not cover FINANCIAL", "does not speak fr", "5 of 4 open cases");
    }

    @Test
    void expertiseOutweighsLanguageWhichOutweighsAnEmptyDiary() {
        int expertBusy = AssignmentSuggestions.score(FRENCH_FINANCE,
                advisor(Set.of(Area.FINANCIAL), Set.of("it"), 4), 4).score();
        int linguistIdle = AssignmentSuggestions.score(FRENCH_FINANCE,
                advisor(Set.of(Area.MARKETING), Set.of("fr"), 4), 0).score();
        int idle = AssignmentSuggestions.score(FRENCH_FINANCE,
                advisor(Set.of(Area.MARKETING), Set.of("it"), 4), 0).score();

        assertThat(expertBusy).isGreaterThan(linguistIdle);
        assertThat(linguistIdle).isGreaterThan(idle);
    }
}
