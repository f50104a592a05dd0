package org.isec.membership.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 639-1 language codes, and the languages in which the platform writes to members. */
public final class Languages {

    // The JDK's list is ISO 639-1 plus the three withdrawn codes it keeps for old data.
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages()).stream()
            .filter(code -> !Set.of("iw", "in", "ji").contains(code))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The charter and member-facing texts exist in these; Italian and English always. */
    public static final List<String> PLATFORM = List.of("it", "en", "fr", "es", "ar", "zh");

    private Languages() {
    }

    public static boolean isIso6391(String code) {
        return code != null && ISO_639_1.contains(code);
    }

    /** First usable language of an Accept-Language header, or null. */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> range.getRange().split("-")[0].toLowerCase(Locale.ROOT))
                    .filter(Languages::isIso6391)
                    .findFirst().orElse(null);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
