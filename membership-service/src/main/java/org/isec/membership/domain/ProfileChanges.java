package org.isec.membership.domain;

import java.util.List;
import java.util.Set;

/**
 * A member's change to its own profile (JSON merge-patch style: an absent or null field is left as it is).
 * Identity facts — legal name, VAT number, legal form, year of foundation — were checked at admission and change
 * only through the consortium; standing, charter and trainings are not the member's to write.
 */
public record ProfileChanges(OrganizationChanges organization, ContactChanges contact) {

    public static final Set<String> SECTIONS = Set.of("organization", "contact");
    public static final Set<String> EDITABLE_ORGANIZATION = Set.of("atecoCodes", "region", "province", "city",
            "languages", "capabilities", "employees", "website", "founderTraits");
    public static final Set<String> IDENTITY = Set.of("legalName", "vatNumber", "legalForm", "foundedYear");
    public static final Set<String> EDITABLE_CONTACT = Set.of("firstName", "lastName", "email", "phone", "language");

    public record OrganizationChanges(List<String> atecoCodes, String region, String province, String city,
                                      List<String> languages, List<String> capabilities, Integer employees,
                                      String website, List<String> founderTraits) {
    }

    public record ContactChanges(String firstName, String lastName, String email, String phone, String language) {
    }
}
