package org.isec.training.domain.hub;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

    @Test
    void caseAndAccentsAreFolded() {
        assertThat(SearchTerms.of("Società di Persone, PERÒ!")).containsExactly("societa", "di", "persone", "pero");
    }

    @Test
    void singleLettersAreNotIndexed() {
        assertThat(SearchTerms.tokens("a e i l'IVA")).containsExactly("iva");
    }

    @Test
    void arabicVowelMarksAreDropped() {
        assertThat(SearchTerms.tokens("يُسجَّل")).containsExactly("يسجل");
    }

    @Test
    void chineseIsIndexedByCharacterPairs() {
        assertThat(SearchTerms.tokens("增值税号")).containsExactly("增值", "值税", "税号");
        assertThat(SearchTerms.tokens("税")).containsExactly("税");
    }

    @Test
    void repeatedWordsAreStoredOnce() {
        assertThat(SearchTerms.of("DURC durc Durc", "durc")).containsExactly("durc");
    }
}
