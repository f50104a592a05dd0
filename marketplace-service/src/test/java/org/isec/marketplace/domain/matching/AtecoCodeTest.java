package org.isec.marketplace.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AtecoCodeTest {

    @Test
    void acceptsTheDottedSpellingsOfDivisionToSubcategory() {
        assertThat(AtecoCode.isValid("56")).isTrue();
        assertThat(AtecoCode.isValid("56.21")).isTrue();
        assertThat(AtecoCode.isValid("56.21.00")).isTrue();
        assertThat(AtecoCode.isValid("562100")).isFalse();
        assertThat(AtecoCode.isValid("5")).isFalse();
        assertThat(AtecoCode.isValid("56.21.000")).isFalse();
        assertThat(AtecoCode.isValid("catering")).isFalse();
        assertThat(AtecoCode.isValid(null)).isFalse();
    }

    @Test
    void sharedDigitsAreCappedByTheShorterCode() {
        assertThat(AtecoCode.commonDigits(AtecoCode.pack("56.21"), AtecoCode.pack("56.21.00"))).isEqualTo(4);
        assertThat(AtecoCode.commonDigits(AtecoCode.pack("56.21"), AtecoCode.pack("56.29"))).isEqualTo(3);
        assertThat(AtecoCode.commonDigits(AtecoCode.pack("56.21"), AtecoCode.pack("56"))).isEqualTo(2);
        assertThat(AtecoCode.commonDigits(AtecoCode.pack("56.21"), AtecoCode.pack("43.21"))).isZero();
        assertThat(AtecoCode.commonDigits(AtecoCode.pack("56.21.0"), AtecoCode.pack("56.21.00"))).isEqualTo(5);
    }

    @Test
    void levelsStartAtTheDivision() {
        assertThat(AtecoCode.levels(1)).isZero();
        assertThat(AtecoCode.levels(2)).isEqualTo(1);
        assertThat(AtecoCode.levels(4)).isEqualTo(3);
        assertThat(AtecoCode.levelName(4)).isEqualTo("class");
    }
}
