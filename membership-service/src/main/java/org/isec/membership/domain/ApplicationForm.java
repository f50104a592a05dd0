package org.isec.membership.domain;

import java.util.List;

/**
 * What an applicant sends, as sent: nothing is trusted until {@link ApplicationRules} has checked it, so every
 * broken rule can be reported at once with its field path.
 */
public record ApplicationForm(OrganizationForm organization, ContactForm contact, String charterVersion,
                              Boolean charterAccepted) {

    public record OrganizationForm(String legalName, String vatNumber, String legalForm, List<String> atecoCodes,
                                   String region, String province, String city, List<String> languages,
                                   List<String> capabilities, Integer employees, Integer foundedYear,
                                   String website, List<String> founderTraits) {
    }

    public record ContactForm(String firstName, String lastName, String email, String phone, String language) {
    }
}
