package org.isec.membership.domain;

import java.util.List;

import org.isec.contracts.membership.OrganizationProfile;

/** The organisation's facts as validated and normalised (province upper case, region by its official name). */
public record Organization(String legalName, String vatNumber, LegalForm legalForm, List<String> atecoCodes,
                           String region, String province, String city, List<String> languages,
                           List<String> capabilities, Integer employees, Integer foundedYear, String website,
                           List<String> founderTraits) {

    public Organization {
        atecoCodes = atecoCodes == null ? List.of() : List.copyOf(atecoCodes);
        languages = languages == null ? List.of() : List.copyOf(languages);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        founderTraits = founderTraits == null ? List.of() : List.copyOf(founderTraits);
    }

    OrganizationProfile toEvent() {
        return new OrganizationProfile(legalName, legalForm.name(), atecoCodes, region, province, city, languages,
                capabilities, employees, foundedYear, website, founderTraits);
    }
}
