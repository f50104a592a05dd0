package org.isec.advisory.domain;

import java.util.Locale;
import java.util.Set;

/** Language codes as the platform writes them: ISO 639-1, two lower-case letters. */
public final class Languages {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    public static boolean isIso639_1(String code) {
        return code != null && code.length() == 2 && ISO_639_1.contains(code);
    }
}
