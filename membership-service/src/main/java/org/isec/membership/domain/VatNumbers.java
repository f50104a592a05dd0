package org.isec.membership.domain;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * VAT numbers as the consortium accepts them: an Italian partita IVA (11 digits whose last digit is
 * the check digit of the first ten) with or without the {@code IT} prefix, or a VAT number of another
 * EU member state in the format its tax administration issues (country prefix + national part, as
 * listed by the Commission's VIES service). Only Italian numbers carry a check digit we can verify
 * offline; the others are checked for shape.
 */
public final class VatNumbers {

    private static final Pattern ITALIAN = Pattern.compile("\\d{11}");

    private static final Map<String, Pattern> EU_FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("\\d{9,10}")),
            Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("\\d{8,10}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("DK", Pattern.compile("\\d{8}")),
            Map.entry("EE", Pattern.compile("\\d{9}")),
            Map.entry("EL", Pattern.compile("\\d{9}")),
            Map.entry("ES", Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]")),
            Map.entry("FI", Pattern.compile("\\d{8}")),
            Map.entry("FR", Pattern.compile("[A-HJ-NP-Z0-9]{2}\\d{9}")),
            Map.entry("HR", Pattern.compile("\\d{11}")),
            Map.entry("HU", Pattern.compile("\\d{8}")),
            Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
            Map.entry("LU", Pattern.compile("\\d{8}")),
            Map.entry("LV", Pattern.compile("\\d{11}")),
            Map.entry("MT", Pattern.compile("\\d{8}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("\\d{10}")),
            Map.entry("PT", Pattern.compile("\\d{9}")),
            Map.entry("RO", Pattern.compile("[1-9]\\d{1,9}")),
            Map.entry("SE", Pattern.compile("\\d{10}01")),
            Map.entry("SI", Pattern.compile("\\d{8}")),
            Map.entry("SK", Pattern.compile("\\d{10}")),
            Map.entry("XI", Pattern.compile("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}")));

    private VatNumbers() {
    }

    /** Why the number is not acceptable, or empty when it is. */
    public static Optional<String> problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("must not be blank");
        }
        String vat = compact(raw);
        if (ITALIAN.matcher(vat).matches()) {
            return italianProblem(vat);
        }
        if (vat.length() < 3 || !Character.isLetter(vat.charAt(0)) || !Character.isLetter(vat.charAt(1))) {
            return Optional.of("must be an Italian VAT number (11 digits) or an EU VAT number with its country prefix");
        }
        String country = country(vat.substring(0, 2));
        String national = vat.substring(2);
        if (country.equals("IT")) {
            return ITALIAN.matcher(national).matches()
                    ? italianProblem(national)
                    : Optional.of("an Italian VAT number has 11 digits");
        }
        Pattern format = EU_FORMATS.get(country);
        if (format == null) {
            return Optional.of("unknown EU country prefix '" + vat.substring(0, 2) + "'");
        }
        return format.matcher(national).matches()
                ? Optional.empty()
                : Optional.of("is not a well-formed " + country + " VAT number");
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /**
     * The key under which a VAT number is unique: country prefix + national part, upper case, no
     * separators, so that {@code 123 456 789 03}, {@code 12345678903} and {@code it12345678903}
     * are the same company.
     */
    public static String key(String raw) {
        String vat = compact(raw);
        if (ITALIAN.matcher(vat).matches()) {
            return "IT" + vat;
        }
        return country(vat.substring(0, 2)) + vat.substring(2);
    }

    /** The Luhn-style check digit of the partita IVA (DPR 633/1972, art. 35). */
    static int italianCheckDigit(String firstTenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = firstTenDigits.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    private static Optional<String> italianProblem(String digits) {
        if (digits.startsWith("0000000")) {
            return Optional.of("is not an Italian VAT number (no company number)");
        }
        int expected = italianCheckDigit(digits.substring(0, 10));
        return expected == digits.charAt(10) - '0'
                ? Optional.empty()
                : Optional.of("check digit does not match: not a valid Italian VAT number");
    }

    private static String compact(String raw) {
        return raw.replaceAll("[\\s.\\-/]", "").toUpperCase(java.util.Locale.ROOT);
    }

    // Greece's VAT prefix is EL, but people write GR (its ISO code).
    private static String country(String prefix) {
        return prefix.equals("GR") ? "EL" : prefix;
    }
}
