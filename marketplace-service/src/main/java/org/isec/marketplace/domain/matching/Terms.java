package org.isec.marketplace.domain.matching;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One spelling for free-text terms (capabilities, languages, places), so that "Halal  Food" asked by a buyer
 * meets "halal food" offered by a supplier. Matching compares normalised terms only.
 */
public final class Terms {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Terms() {
    }

    public static String term(String raw) {
        if (raw == null) {
            return "";
        }
        if (alreadyNormal(raw)) {
            return raw;
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        return SPACES.matcher(nfc.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Most stored terms are already plain lower-case ASCII; skipping the regex for them keeps index builds fast. */
    private static boolean alreadyNormal(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return n == 0;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0x7E || (c >= 'A' && c <= 'Z') || (c < ' ') || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    public static Set<String> terms(Collection<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        if (raw != null) {
            for (String r : raw) {
                String t = term(r);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** "it-IT", "IT", "it_it" → "it": languages are compared by their primary subtag. */
    public static String language(String raw) {
        String t = term(raw).replace('_', '-');
        int dash = t.indexOf('-');
        return dash < 0 ? t : t.substring(0, dash);
    }

    public static Set<String> languages(Collection<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        if (raw != null) {
            for (String r : raw) {
                String l = language(r);
                if (!l.isEmpty()) {
                    out.add(l);
                }
            }
        }
        return out;
    }
}
