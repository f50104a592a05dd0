package org.isec.defaults.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralRegexTest {

    @ParameterizedTest
    @ValueSource(strings = {"[", "]", ".*", "^", "$where", "(a+)+$", "\\", "{\"$gt\": \"\"}", "a|b", "halal food",
            "caffè", "مطبخ", "👩🏽‍💻 e\u0301", "\\Q[\\E"})
    void matchesTheTextItselfAndNothingElse(String searched) {
        Pattern pattern = Pattern.compile(LiteralRegex.of(searched));
        String text = Normalizer.normalize(searched, Normalizer.Form.NFC);

        assertThat(pattern.matcher(text).matches()).isTrue();
        assertThat(pattern.matcher("x" + text + "y").find()).isTrue();
        assertThat(pattern.matcher("something else entirely").find()).isFalse();
    }

    @Test
    void decomposedAndPrecomposedSearchesFindTheStoredNfcText() {
        String stored = "Citt\u00e0 del caff\u00e8";
        assertThat(Pattern.compile(LiteralRegex.of("Citta\u0300")).matcher(stored).find()).isTrue();
        assertThat(Pattern.compile(LiteralRegex.of("caff\u00e8")).matcher(stored).find()).isTrue();
    }
}
