package org.isec.training.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Language codes as the platform uses them: ISO 639-1, lower case. */
public final class Languages {

    /** The languages every member-facing text aims at (DESIGN §7); Italian and English are always present. */
    public static final List<String> PLATFORM = List.of("it", "en", "fr", "es", "ar", "zh");
    public static final String ITALIAN = "it";
    public static final String ENGLISH = "en";

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    public static boolean isIso639_1(String code) {
        return code != null && code.length() == 2 && ISO_639_1.contains(code);
    }

    /** The first of {@code wanted}, Italian, English, then any other key that {@code available} has. */
    public static String pick(Set<String> available, String wanted) {
        for (String candidate : new String[] {wanted, ITALIAN, ENGLISH}) {
            if (candidate != null && available.contains(candidate)) {
                return candidate;
            }
        }
        return available.stream().sorted().findFirst().orElse(null);
    }
}
