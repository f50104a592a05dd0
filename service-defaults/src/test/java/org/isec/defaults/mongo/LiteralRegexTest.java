package org.isec.defaults.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralRegexTest {

    @ParameterizedTest
    @ValueSource(strings = {"[", "]", ".*", "^", "$where", "(a+)+$", "\\", "{\"$gt\": \"\"}", "a|b", "halal food",
            "caffè", "مطبخ", "👩🏽‍💻 e\u0301", "\\Q[\\E"})
    void matchesTheTextItselfAndNothingElse(String text) {
        Pattern pattern = Pattern.compile(LiteralRegex.of(text));

        assertThat(pattern.matcher(text).matches()).isTrue();
        assertThat(pattern.matcher("x" + text + "y").find()).isTrue();
        assertThat(pattern.matcher("something else entirely").find()).isFalse();
    }
}
