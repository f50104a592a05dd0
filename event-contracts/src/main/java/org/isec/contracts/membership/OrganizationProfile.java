package org.isec.contracts.membership;

import java.util.List;

import org.isec.contracts.PersonalData;

/**
 * The organisation facts other services keep in their projections (matching, eligibility, directory).
 *
 * @param legalName     registered name
 * @param legalForm     SRL, SRLS, SPA, SNC, SAS, DITTA_INDIVIDUALE, COOPERATIVA, COOPERATIVA_SOCIALE, CONSORZIO,
 *                      ASSOCIAZIONE or OTHER
 * @param atecoCodes    ATECO activity codes ({@code NN.NN.NN} or {@code NN.NN}), the member's sectors
 * @param region        Italian region, e.g. {@code Lombardia}
 * @param province      two-letter province code, e.g. {@code MI}
 * @param city          optional
 * @param languages     ISO 639-1 codes the organisation works in
 * @param capabilities  free-form capability tags, e.g. {@code catering}
 * @param employees     optional head count
 * @param foundedYear   optional year of foundation
 * @param website       optional
 * @param founderTraits what the applicant declared about the founders ({@link #YOUTH_LED}, {@link #WOMEN_LED},
 *                      {@link #IMMIGRANT_FOUNDED}); personal because it describes natural persons
 */
public record OrganizationProfile(
        String legalName,
        String legalForm,
        List<String> atecoCodes,
        String region,
        String province,
        String city,
        List<String> languages,
        List<String> capabilities,
        Integer employees,
        Integer foundedYear,
        String website,
        @PersonalData List<String> founderTraits) {

    public static final String YOUTH_LED = "YOUTH_LED";
    public static final String WOMEN_LED = "WOMEN_LED";
    public static final String IMMIGRANT_FOUNDED = "IMMIGRANT_FOUNDED";

    public OrganizationProfile {
        atecoCodes = atecoCodes == null ? List.of() : List.copyOf(atecoCodes);
        languages = languages == null ? List.of() : List.copyOf(languages);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        founderTraits = founderTraits == null ? List.of() : List.copyOf(founderTraits);
    }
}
