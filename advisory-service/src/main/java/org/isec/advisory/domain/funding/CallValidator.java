package org.isec.advisory.domain.funding;

import java.net.URI;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import org.isec.advisory.domain.funding.FundingOpportunity.Call;
import org.isec.contracts.membership.OrganizationProfile;
import org.isec.defaults.problem.InvalidInputException;

/** What makes a call publishable; the vocabularies are membership's, so eligibility compares like with like. */
final class CallValidator {

    static final List<String> REGIONS = List.of("Piemonte", "Valle d'Aosta", "Lombardia", "Trentino-Alto Adige",
            "Veneto", "Friuli-Venezia Giulia", "Liguria", "Emilia-Romagna", "Toscana", "Umbria", "Marche", "Lazio",
            "Abruzzo", "Molise", "Campania", "Puglia", "Basilicata", "Calabria", "Sicilia", "Sardegna");
    static final Set<String> LEGAL_FORMS = Set.of("SRL", "SRLS", "SPA", "SNC", "SAS", "DITTA_INDIVIDUALE",
            "COOPERATIVA", "COOPERATIVA_SOCIALE", "CONSORZIO", "ASSOCIAZIONE", "OTHER");
    static final Set<String> FOUNDER_TRAITS = Set.of(OrganizationProfile.YOUTH_LED, OrganizationProfile.WOMEN_LED,
            OrganizationProfile.IMMIGRANT_FOUNDED);

    private CallValidator() {
    }

    static void check(Call c, LocalDate today) {
        var p = InvalidInputException.builder()
                .addIf(blank(c.title()), "title", "is required")
                .addIf(c.title() != null && c.title().length() > 200, "title", "must be at most 200 characters")
                .addIf(c.scope() == null, "scope", "is required: NATIONAL, REGIONAL or EU")
                .addIf(c.provider() != null && c.provider().length() > 200, "provider", "must be at most 200 characters")
                .addIf(c.description() != null && c.description().length() > 4000, "description",
                        "must be at most 4000 characters")
                .addIf(c.deadline() == null, "deadline", "is required")
                .addIf(c.deadline() != null && c.deadline().isBefore(today), "deadline", "must not be in the past")
                .addIf(!isWebLink(c.url()), "url", "must be an http or https link to the official call")
                .addIf(!isCurrency(c.currency()), "currency", "must be an ISO 4217 currency code such as EUR")
                .addIf(c.minAmount() != null && c.minAmount().signum() < 0, "minAmount", "must not be negative")
                .addIf(c.maxAmount() != null && c.maxAmount().signum() < 0, "maxAmount", "must not be negative")
                .addIf(c.minAmount() != null && c.maxAmount() != null && c.maxAmount().compareTo(c.minAmount()) < 0,
                        "maxAmount", "must not be less than minAmount");
        EligibilityRules e = c.eligibility();
        if (e != null) {
            each(p, "eligibility.atecoPrefixes", e.atecoPrefixes(),
                    v -> v != null && v.matches("\\d{2}(\\.\\d{1,2}){0,2}"), "must be an ATECO code prefix such as 56 or 56.10");
            each(p, "eligibility.regions", e.regions(),
                    v -> v != null && REGIONS.stream().anyMatch(r -> EligibilityRules.sameName(r, v)),
                    "must be an Italian region, e.g. Lombardia");
            each(p, "eligibility.legalForms", e.legalForms(), LEGAL_FORMS::contains, "must be one of " + LEGAL_FORMS);
            each(p, "eligibility.founderTraits", e.founderTraits(), FOUNDER_TRAITS::contains,
                    "must be one of " + FOUNDER_TRAITS);
            p.addIf(e.maxCompanyAgeYears() != null && (e.maxCompanyAgeYears() < 0 || e.maxCompanyAgeYears() > 200),
                            "eligibility.maxCompanyAgeYears", "must be between 0 and 200")
                    .addIf(e.maxEmployees() != null && e.maxEmployees() < 0, "eligibility.maxEmployees",
                            "must not be negative");
        }
        p.throwIfAny();
    }

    private static void each(InvalidInputException.Builder p, String field, List<String> values,
                             java.util.function.Predicate<String> valid, String message) {
        for (int i = 0; i < values.size(); i++) {
            p.addIf(!valid.test(values.get(i)), field + "[" + i + "]", message);
        }
    }

    private static boolean isWebLink(String url) {
        if (blank(url) || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return code != null && code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
