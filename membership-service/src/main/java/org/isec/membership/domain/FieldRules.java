package org.isec.membership.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.isec.contracts.membership.OrganizationProfile;
import org.isec.defaults.problem.InvalidInputException;

/**
 * The rule for each field of an organisation and its contact. Each check adds what is wrong to {@code errors}
 * under the field's JSON path and returns the normalised value (null when invalid), so callers collect every
 * broken rule before answering.
 */
final class FieldRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,20}");
    private static final Set<String> FOUNDER_TRAITS = Set.of(OrganizationProfile.YOUTH_LED,
            OrganizationProfile.WOMEN_LED, OrganizationProfile.IMMIGRANT_FOUNDED);
    private static final int MAX_ATECO = 10;
    private static final int MAX_CAPABILITIES = 30;

    private final InvalidInputException.Builder errors;

    FieldRules(InvalidInputException.Builder errors) {
        this.errors = errors;
    }

    String requiredText(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(path, "is required");
            return null;
        }
        return optionalText(path, value, max);
    }

    String optionalText(String path, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.add(path, "must be at most " + max + " characters");
            return null;
        }
        return text;
    }

    String vatNumber(String path, String value) {
        var problem = VatNumbers.problem(value);
        problem.ifPresent(message -> errors.add(path, message));
        return problem.isEmpty() ? value.strip().toUpperCase(Locale.ROOT) : null;
    }

    LegalForm legalForm(String path, String value) {
        if (value == null || value.isBlank()) {
            errors.add(path, "is required");
            return null;
        }
        try {
            return LegalForm.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(path, "must be one of " + Arrays.toString(LegalForm.values()));
            return null;
        }
    }

    List<String> atecoCodes(String path, List<String> codes) {
        return distinctList(path, codes, 1, MAX_ATECO, (item) -> {
            var problem = AtecoCodes.problem(item.value());
            problem.ifPresent(message -> errors.add(item.path(), message));
            return problem.isEmpty() ? item.value() : null;
        });
    }

    List<String> languages(String path, List<String> codes) {
        return distinctList(path, codes, 1, 20, item -> language(item.path(), item.value()));
    }

    String language(String path, String code) {
        if (code == null || code.isBlank()) {
            errors.add(path, "is required");
            return null;
        }
        String normalised = code.strip().toLowerCase(Locale.ROOT);
        if (!Languages.isIso6391(normalised)) {
            errors.add(path, "must be an ISO 639-1 language code such as it, en, ar, zh");
            return null;
        }
        return normalised;
    }

    List<String> capabilities(String path, List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return distinctList(path, tags, 0, MAX_CAPABILITIES, item -> {
            String tag = item.value() == null ? "" : item.value().strip().replaceAll("\\s+", " ");
            if (tag.length() < 2 || tag.length() > 60) {
                errors.add(item.path(), "must be 2 to 60 characters");
                return null;
            }
            return tag.toLowerCase(Locale.ROOT);
        });
    }

    List<String> founderTraits(String path, List<String> traits) {
        if (traits == null) {
            return List.of();
        }
        return distinctList(path, traits, 0, FOUNDER_TRAITS.size(), item -> {
            if (!FOUNDER_TRAITS.contains(item.value())) {
                errors.add(item.path(), "must be one of " + FOUNDER_TRAITS.stream().sorted().toList());
                return null;
            }
            return item.value();
        });
    }

    record Place(String region, String province) {
    }

    /** Region by its official name and the province code; the province must lie in the region. */
    Place place(String prefix, String region, String province) {
        String officialRegion = null;
        if (region == null || region.isBlank()) {
            errors.add(prefix + "region", "is required");
        } else {
            officialRegion = ItalianTerritory.region(region).orElse(null);
            if (officialRegion == null) {
                errors.add(prefix + "region", "must be an Italian region, e.g. Lombardia");
            }
        }
        String code = null;
        if (province == null || province.isBlank()) {
            errors.add(prefix + "province", "is required");
        } else {
            code = province.strip().toUpperCase(Locale.ROOT);
            if (!ItalianTerritory.isProvince(code)) {
                errors.add(prefix + "province", "must be the two-letter code of an Italian province, e.g. MI");
                code = null;
            } else if (officialRegion != null && !ItalianTerritory.regionOf(code).orElseThrow().equals(officialRegion)) {
                errors.add(prefix + "province", code + " is in " + ItalianTerritory.regionOf(code).orElseThrow()
                        + ", not in " + officialRegion);
                code = null;
            }
        }
        return new Place(officialRegion, code);
    }

    Integer employees(String path, Integer value) {
        if (value != null && (value < 0 || value > 1_000_000)) {
            errors.add(path, "must be between 0 and 1000000");
            return null;
        }
        return value;
    }

    Integer foundedYear(String path, Integer value, Year thisYear) {
        if (value != null && (value < 1800 || value > thisYear.getValue())) {
            errors.add(path, "must be between 1800 and " + thisYear.getValue());
            return null;
        }
        return value;
    }

    String website(String path, String value) {
        String text = optionalText(path, value, 300);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !Set.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
                errors.add(path, "must be an http or https address");
                return null;
            }
            return text;
        } catch (URISyntaxException e) {
            errors.add(path, "must be an http or https address");
            return null;
        }
    }

    String email(String path, String value) {
        if (value == null || value.isBlank()) {
            errors.add(path, "is required");
            return null;
        }
        String email = value.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(path, "must be an e-mail address");
            return null;
        }
        return email;
    }

    String phone(String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!PHONE.matcher(value.strip()).matches()) {
            errors.add(path, "must be a phone number such as +39 02 1234567");
            return null;
        }
        return value.strip();
    }

    record Item(String path, String value) {
    }

    private List<String> distinctList(String path, List<String> values, int min, int max,
                                      Function<Item, String> check) {
        if (values == null || values.size() < min) {
            errors.add(path, min == 1 ? "must name at least one" : "must have at least " + min + " entries");
            return List.of();
        }
        if (values.size() > max) {
            errors.add(path, "must have at most " + max + " entries");
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String normalised = check.apply(new Item(path + "[" + i + "]", values.get(i)));
            if (normalised != null) {
                result.add(normalised);
            }
        }
        return List.copyOf(result);
    }
}
