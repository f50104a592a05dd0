package org.isec.training.domain.hub;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words an article is found by, stored with it because the wire server (and cheap MongoDB tiers) have no text
 * index. Case and accents are folded ("Società" finds "societa"), Arabic vowel marks dropped, and Chinese, written
 * without spaces, is indexed by character pairs.
 */
final class SearchTerms {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTerms() {
    }

    static List<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            terms.addAll(tokens(text));
        }
        return List.copyOf(terms);
    }

    /** The tokens of a query, each to be matched as the start of an indexed term. */
    static List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        for (String word : SEPARATORS.split(folded)) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().anyMatch(SearchTerms::isHan)) {
                tokens.addAll(hanPairs(word));
            } else if (word.length() > 1) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    private static List<String> hanPairs(String word) {
        int[] points = word.codePoints().toArray();
        if (points.length == 1) {
            return List.of(word);
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.add(new String(points, i, 2));
        }
        return pairs;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
