package org.isec.notification.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages every member-facing template exists in (DESIGN §7): Italian and English, and the languages of
 * Milan's largest immigrant business communities.
 */
public enum Language {

    IT("it", false),
    EN("en", false),
    FR("fr", false),
    ES("es", false),
    AR("ar", true),
    ZH("zh", false);

    /** Where a notification falls back to when nothing says which language to use. */
    public static final Language DEFAULT = IT;

    private final String code;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** A supported language for an ISO 639-1 code or a language tag ({@code ar}, {@code AR}, {@code zh-Hans-CN}). */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
    }

    /** The first candidate that names a supported language, else Italian. */
    public static Language firstOf(String... candidates) {
        for (String candidate : candidates) {
            Optional<Language> language = of(candidate);
            if (language.isPresent()) {
                return language.get();
            }
        }
        return DEFAULT;
    }

    /** The client's most preferred supported language from an {@code Accept-Language} header, if any. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return ranges.stream().map(r -> of(r.getRange())).flatMap(Optional::stream).findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
