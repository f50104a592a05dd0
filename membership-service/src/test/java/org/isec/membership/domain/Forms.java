package org.isec.membership.domain;

import java.util.List;

/** The example application, valid, for tests to break one field at a time. */
final class Forms {

    private Forms() {
    }

    static ApplicationForm.OrganizationForm organization() {
        return new ApplicationForm.OrganizationForm("Sapori del Nilo S.r.l.", "12345678903", "SRL",
                List.of("56.10.11"), "Lombardia", "MI", "Milano", List.of("it", "ar", "en"),
                List.of("catering", "halal food", "event services"), 8, 2016, "https://example.org", null);
    }

    static ApplicationForm.ContactForm contact() {
        return new ApplicationForm.ContactForm("Amina", "Haddad", "amina@example.org", "+39 02 1234567", "ar");
    }

    static ApplicationForm valid() {
        return new ApplicationForm(organization(), contact(), "1", true);
    }
}
