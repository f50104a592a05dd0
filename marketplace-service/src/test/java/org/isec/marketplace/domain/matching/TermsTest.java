package org.isec.marketplace.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void capabilitiesCompareWithoutCaseOrExtraSpaces() {
        assertThat(Terms.terms(List.of("  Halal   Food ", "halal food", "Catering", ""))).containsExactly("halal food", "catering");
    }

    @Test
    void languagesCompareByPrimarySubtag() {
        assertThat(Terms.languages(List.of("it-IT", "EN", "zh_CN", "it"))).containsExactly("it", "en", "zh");
    }
}
