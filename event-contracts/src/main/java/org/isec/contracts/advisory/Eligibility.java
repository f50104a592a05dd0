package org.isec.contracts.advisory;

import java.util.List;

/**
 * Who may apply to a funding call. An empty list or a null limit means "no restriction".
 *
 * @param atecoPrefixes      ATECO code prefixes, e.g. {@code 56} or {@code 56.10}
 * @param regions            Italian regions, e.g. {@code Lombardia}
 * @param legalForms         legal forms as in membership's {@code OrganizationProfile}
 * @param maxCompanyAgeYears companies founded at most this many years ago
 * @param maxEmployees       head count limit
 * @param founderTraits      every listed trait must have been declared by the member, e.g. {@code WOMEN_LED}
 */
public record Eligibility(
        List<String> atecoPrefixes,
        List<String> regions,
        List<String> legalForms,
        Integer maxCompanyAgeYears,
        Integer maxEmployees,
        List<String> founderTraits) {

    public Eligibility {
        atecoPrefixes = atecoPrefixes == null ? List.of() : List.copyOf(atecoPrefixes);
        regions = regions == null ? List.of() : List.copyOf(regions);
        legalForms = legalForms == null ? List.of() : List.copyOf(legalForms);
        founderTraits = founderTraits == null ? List.of() : List.copyOf(founderTraits);
    }
}
