package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.isec.defaults.problem.InvalidField;
import org.isec.defaults.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationRulesTest {

    private static final Charter CHARTER = Charters.first();
    private static final Year THIS_YEAR = Year.of(2026);

    @Test
    void theIssuesExampleIsValidAndComesOutNormalised() {
        ApplicationRules.Valid valid = ApplicationRules.check(Forms.valid(), CHARTER, THIS_YEAR);

        assertThat(valid.organization().legalForm()).isEqualTo(LegalForm.SRL);
        assertThat(valid.organization().region()).isEqualTo("Lombardia");
        assertThat(valid.contact().language()).isEqualTo("ar");
        assertThat(valid.charterVersion()).isEqualTo(1);
    }

    static Stream<Arguments> brokenFields() {
        return Stream.of(
                broken("organization.vatNumber", o -> org(o, "vatNumber", "12345678901")),
                broken("organization.vatNumber", o -> org(o, "vatNumber", "US123456789")),
                broken("organization.legalForm", o -> org(o, "legalForm", "LLC")),
                broken("organization.atecoCodes[0]", o -> org(o, "atecoCodes", List.of("56-10-11"))),
                broken("organization.atecoCodes", o -> org(o, "atecoCodes", List.of())),
                broken("organization.province", o -> org(o, "province", "XX")),
                broken("organization.province", o -> org(o, "province", "TO")),
                broken("organization.region", o -> org(o, "region", "Padania")),
                broken("organization.languages[1]", o -> org(o, "languages", List.of("it", "arabic"))),
                broken("organization.legalName", o -> org(o, "legalName", " ")),
                broken("organization.website", o -> org(o, "website", "ftp://example.org")),
                broken("organization.foundedYear", o -> org(o, "foundedYear", 2999)),
                broken("contact.email", f -> new ApplicationForm(f.organization(), new ApplicationForm.ContactForm(
                        "Amina", "Haddad", "amina.example.org", null, "ar"), f.charterVersion(), true)),
                broken("contact.language", f -> new ApplicationForm(f.organization(), new ApplicationForm.ContactForm(
                        "Amina", "Haddad", "amina@example.org", null, "xx"), f.charterVersion(), true)),
                broken("charterAccepted", f -> new ApplicationForm(f.organization(), f.contact(), "1", false)),
                broken("charterAccepted", f -> new ApplicationForm(f.organization(), f.contact(), "1", null)),
                broken("charterVersion", f -> new ApplicationForm(f.organization(), f.contact(), "0", true)),
                broken("contact", f -> new ApplicationForm(f.organization(), null, "1", true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFields")
    void eachBrokenRuleIsNamedByItsField(String field, UnaryOperator<ApplicationForm> breakIt) {
        assertThatThrownBy(() -> ApplicationRules.check(breakIt.apply(Forms.valid()), CHARTER, THIS_YEAR))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(InvalidField::field).containsExactly(field));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var organization = new ApplicationForm.OrganizationForm(null, "123", "LLC", List.of("5"), "Lombardia",
                "ZZ", null, List.of(), null, -1, null, null, List.of("RICH"));
        var form = new ApplicationForm(organization, new ApplicationForm.ContactForm("", "", "nope", "x", "klingon"),
                null, false);

        assertThatThrownBy(() -> ApplicationRules.check(form, CHARTER, THIS_YEAR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidField::field)
                        .contains("organization.legalName", "organization.vatNumber", "organization.legalForm",
                                "organization.atecoCodes[0]", "organization.province", "organization.languages",
                                "organization.employees", "organization.founderTraits[0]", "contact.firstName",
                                "contact.lastName", "contact.email", "contact.phone", "contact.language",
                                "charterAccepted", "charterVersion"));
    }

    @Test
    void lowerCaseProvinceAndSpacedVatAreAccepted() {
        var o = Forms.organization();
        var form = new ApplicationForm(new ApplicationForm.OrganizationForm(o.legalName(), "IT 123 456 789 03",
                "srl", o.atecoCodes(), "lombardia", "mi", o.city(), List.of("IT", "ar"), o.capabilities(),
                o.employees(), o.foundedYear(), o.website(), null), Forms.contact(), "1", true);

        ApplicationRules.Valid valid = ApplicationRules.check(form, CHARTER, THIS_YEAR);

        assertThat(valid.organization().province()).isEqualTo("MI");
        assertThat(valid.organization().languages()).containsExactly("it", "ar");
        assertThat(VatNumbers.key(valid.organization().vatNumber())).isEqualTo("IT12345678903");
    }

    private static Arguments broken(String field, UnaryOperator<ApplicationForm> breakIt) {
        return Arguments.of(field, breakIt);
    }

    private static ApplicationForm org(ApplicationForm f, String field, Object value) {
        var o = f.organization();
        var changed = new ApplicationForm.OrganizationForm(
                field.equals("legalName") ? (String) value : o.legalName(),
                field.equals("vatNumber") ? (String) value : o.vatNumber(),
                field.equals("legalForm") ? (String) value : o.legalForm(),
                field.equals("atecoCodes") ? cast(value) : o.atecoCodes(),
                field.equals("region") ? (String) value : o.region(),
                field.equals("province") ? (String) value : o.province(),
                o.city(),
                field.equals("languages") ? cast(value) : o.languages(),
                o.capabilities(), o.employees(),
                field.equals("foundedYear") ? (Integer) value : o.foundedYear(),
                field.equals("website") ? (String) value : o.website(),
                o.founderTraits());
        return new ApplicationForm(changed, f.contact(), f.charterVersion(), f.charterAccepted());
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object value) {
        return (List<String>) value;
    }
}
