package org.isec.advisory.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.isec.advisory.domain.funding.EligibilityRules.Verdict;
import org.isec.advisory.domain.funding.Member.MemberStatus;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    static final int NOW = 2027;

    static Member member(String region, String legalForm, Integer employees, Integer founded, List<String> traits) {
        return new Member("m1", MemberStatus.ACTIVE, "Sartoria Baobab", legalForm, List.of("14.13.10", "47.71"), region,
                "MI", employees, founded, traits, List.of("it", "fr"));
    }

    @Test
    void everyRestrictionThatHoldsBecomesAReason() {
        var rules = new EligibilityRules(List.of("14.1"), List.of("Lombardia"), List.of("SRL", "SRLS"), 5, 9,
                List.of("WOMEN_LED"));

        Verdict v = rules.evaluate(member("Lombardia", "SRLS", 3, 2024, List.of("WOMEN_LED", "IMMIGRANT_FOUNDED")), NOW);

        assertThat(v.eligible()).isTrue();
        assertThat(v.reasons()).containsExactly("ATECO:14.13.10", "REGION:Lombardia", "LEGAL_FORM:SRLS",
                "COMPANY_AGE:3", "EMPLOYEES:3", "FOUNDER:WOMEN_LED");
    }

    @Test
    void oneFailedRestrictionExcludesAndIsNamed() {
        var rules = new EligibilityRules(List.of("56"), List.of("Lombardia"), null, null, null, null);

        Verdict v = rules.evaluate(member("Lombardia", "SRL", 3, 2020, List.of()), NOW);

        assertThat(v.eligible()).isFalse();
        assertThat(v.reasons()).isEmpty();
        assertThat(v.unmet()).containsExactly("ATECO");
    }

    @Test
    void undeclaredFactsDoNotQualify() {
        var rules = new EligibilityRules(null, null, null, 5, 10, List.of("YOUTH_LED"));

        Verdict v = rules.evaluate(member("Lombardia", "SRL", null, null, List.of()), NOW);

        assertThat(v.unmet()).containsExactly("COMPANY_AGE", "EMPLOYEES", "FOUNDER:YOUTH_LED");
    }

    @Test
    void regionNamesCompareWithoutCaseSpacesOrHyphens() {
        var rules = new EligibilityRules(null, List.of("Emilia-Romagna", "Valle d'Aosta"), null, null, null, null);

        assertThat(rules.evaluate(member("emilia romagna", "SRL", 1, 2020, List.of()), NOW).eligible()).isTrue();
        assertThat(rules.evaluate(member("VALLE D AOSTA", "SRL", 1, 2020, List.of()), NOW).eligible()).isTrue();
        assertThat(rules.evaluate(member("Lombardia", "SRL", 1, 2020, List.of()), NOW).eligible()).isFalse();
    }

    @Test
    void anOpenCallFitsEveryActiveMemberAndNoSuspendedOne() {
        var open = EligibilityRules.none();
        var active = member("Sicilia", "OTHER", null, null, List.of());
        var suspended = new Member("m2", MemberStatus.SUSPENDED, "x", "SRL", List.of(), "Sicilia", "PA", null, null,
                null, null);

        assertThat(open.evaluate(active, NOW).reasons()).containsExactly("OPEN_CALL");
        assertThat(open.evaluate(suspended, NOW).unmet()).containsExactly("MEMBER_NOT_ACTIVE");
    }

    @Test
    void companyAgeCountsCalendarYearsInclusiveOfTheLimit() {
        var rules = new EligibilityRules(null, null, null, 5, null, null);

        assertThat(rules.evaluate(member("Lombardia", "SRL", 1, 2022, List.of()), NOW).eligible()).isTrue();
        assertThat(rules.evaluate(member("Lombardia", "SRL", 1, 2021, List.of()), NOW).eligible()).isFalse();
    }
}
