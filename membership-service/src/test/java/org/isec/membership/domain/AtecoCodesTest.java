package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtecoCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"56.10.11", "56.10", "01.11", "62.01.00", "99.00.00", "45.20.10"})
    void acceptsClassesAndSubcategoriesOfRealDivisions(String code) {
        assertThat(AtecoCodes.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"56", "56.1", "5610", "56.10.1", "56.10.111", "56-10-11", "AB.CD", "04.10", "00.00"})
    void refusesOtherShapesAndNonExistentDivisions(String code) {
        assertThat(AtecoCodes.isValid(code)).isFalse();
    }
}
