package org.isec.advisory.domain.funding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.isec.contracts.advisory.Eligibility;

/**
 * Who may apply to a call. An empty list or a null limit means no restriction; every restriction that is set must
 * hold. A member that did not declare a fact a restriction needs (founding year, head count, founder traits) does
 * not qualify: eligibility is shown, never presumed.
 */
public record EligibilityRules(
        List<String> atecoPrefixes,
        List<String> regions,
        List<String> legalForms,
        Integer maxCompanyAgeYears,
        Integer maxEmployees,
        List<String> founderTraits) {

    public EligibilityRules {
        atecoPrefixes = atecoPrefixes == null ? List.of() : List.copyOf(atecoPrefixes);
        regions = regions == null ? List.of() : List.copyOf(regions);
        legalForms = legalForms == null ? List.of() : List.copyOf(legalForms);
        founderTraits = founderTraits == null ? List.of() : List.copyOf(founderTraits);
    }

    public static EligibilityRules none() {
        return new EligibilityRules(null, null, null, null, null, null);
    }

    /**
     * @param currentYear the year in Europe/Rome, for the company's age
     * @return the reasons it fits, as {@code CODE:value}, or the restrictions it fails
     */
    public Verdict evaluate(Member m, int currentYear) {
        List<String> fits = new ArrayList<>();
        List<String> fails = new ArrayList<>();
        if (!atecoPrefixes.isEmpty()) {
            m.atecoCodes().stream()
                    .filter(code -> atecoPrefixes.stream().anyMatch(prefix -> code.strip().startsWith(prefix.strip())))
                    .findFirst()
                    .ifPresentOrElse(code -> fits.add("ATECO:" + code), () -> fails.add("ATECO"));
        }
        if (!regions.isEmpty()) {
            boolean in = m.region() != null && regions.stream().anyMatch(r -> sameName(r, m.region()));
            (in ? fits : fails).add(in ? "REGION:" + m.region() : "REGION");
        }
        if (!legalForms.isEmpty()) {
            boolean in = m.legalForm() != null && legalForms.contains(m.legalForm());
            (in ? fits : fails).add(in ? "LEGAL_FORM:" + m.legalForm() : "LEGAL_FORM");
        }
        if (maxCompanyAgeYears != null) {
            Integer age = m.foundedYear() == null ? null : currentYear - m.foundedYear();
            boolean young = age != null && age <= maxCompanyAgeYears;
            (young ? fits : fails).add(young ? "COMPANY_AGE:" + age : "COMPANY_AGE");
        }
        if (maxEmployees != null) {
            boolean small = m.employees() != null && m.employees() <= maxEmployees;
            (small ? fits : fails).add(small ? "EMPLOYEES:" + m.employees() : "EMPLOYEES");
        }
        for (String trait : founderTraits) {
            boolean declared = m.founderTraits().contains(trait);
            (declared ? fits : fails).add("FOUNDER:" + trait);
        }
        if (m.status() != Member.MemberStatus.ACTIVE) {
            fails.add("MEMBER_NOT_ACTIVE");
        }
        if (fails.isEmpty() && fits.isEmpty()) {
            fits.add("OPEN_CALL");
        }
        return new Verdict(fails.isEmpty(), fails.isEmpty() ? fits : List.of(), fails);
    }

    Eligibility toContract() {
        return new Eligibility(atecoPrefixes, regions, legalForms, maxCompanyAgeYears, maxEmployees, founderTraits);
    }

    /** "Emilia-Romagna", "emilia romagna" and "EMILIA ROMAGNA" are one region. */
    static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^\\p{Alpha}]", "").toLowerCase(Locale.ROOT);
    }

    /** @param reasons why it fits (empty unless eligible); {@code unmet} the restrictions it fails */
    public record Verdict(boolean eligible, List<String> reasons, List<String> unmet) {
    }
}
