package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;

import org.isec.defaults.problem.InvalidField;
import org.isec.defaults.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    private final ApplicationRules.Valid member = ApplicationRules.check(Forms.valid(), Charters.first(),
            Year.of(2026));

    @Test
    void onlyTheFieldsSentChangeAndTheyAreNamed() {
        var changes = new ProfileChanges(new ProfileChanges.OrganizationChanges(null, null, null, null, null,
                List.of("Catering", "cooking classes"), 12, null, null),
                new ProfileChanges.ContactChanges(null, null, null, null, "it"));

        ProfileRules.Result result = ProfileRules.apply(member.organization(), member.contact(), changes);

        assertThat(result.organization().capabilities()).containsExactly("catering", "cooking classes");
        assertThat(result.organization().employees()).isEqualTo(12);
        assertThat(result.organization().vatNumber()).isEqualTo(member.organization().vatNumber());
        assertThat(result.contact().language()).isEqualTo("it");
        assertThat(result.changedFields()).containsExactly("capabilities", "employees", "contact.language");
    }

    @Test
    void aNewProvinceMustLieInTheRegion() {
        var changes = new ProfileChanges(new ProfileChanges.OrganizationChanges(null, null, "TO", null, null, null,
                null, null, null), null);

        assertThatThrownBy(() -> ProfileRules.apply(member.organization(), member.contact(), changes))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidField::field).containsExactly("organization.province"));
    }

    @Test
    void movingRegionAndProvinceTogetherIsFine() {
        var changes = new ProfileChanges(new ProfileChanges.OrganizationChanges(null, "Piemonte", "to", "Torino",
                null, null, null, null, null), null);

        ProfileRules.Result result = ProfileRules.apply(member.organization(), member.contact(), changes);

        assertThat(result.organization().province()).isEqualTo("TO");
        assertThat(result.changedFields()).containsExactly("region", "province", "city");
    }

    @Test
    void sendingTheSameValuesChangesNothing() {
        var changes = new ProfileChanges(new ProfileChanges.OrganizationChanges(null, "Lombardia", "MI", null, null,
                null, null, null, null), null);

        assertThat(ProfileRules.apply(member.organization(), member.contact(), changes).changedFields()).isEmpty();
    }
}
