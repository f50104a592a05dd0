package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumbersTest {

    @Test
    void checkDigitFollowsTheOfficialAlgorithm() {
        // odd positions 1+3+5+7+9 = 25; even positions doubled 4+8+(12-9)+(16-9)+0 = 22; (10 - 47 % 10) % 10 = 3
        assertThat(VatNumbers.italianCheckDigit("1234567890")).isEqualTo(3);
        assertThat(VatNumbers.italianCheckDigit("0000000000")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678903", "IT12345678903", "it 123 456 789 03", "01114601006", "00743110157",
            "DE123456789", "FRXX123456789", "NL123456789B01", "ESX1234567Y", "ATU12345678", "EL123456789",
            "GR123456789", "IE1234567WA", "SE123456789001", "BE0123456789"})
    void acceptsValidItalianAndWellFormedEuNumbers(String vat) {
        assertThat(VatNumbers.problem(vat)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "IT12345678901", "00000000000"})
    void refusesItalianNumbersWithAWrongCheckDigit(String vat) {
        assertThat(VatNumbers.problem(vat)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1234567890", "123456789012", "IT1234567890", "DE12345678", "NL123456789X01",
            "US123456789", "XX123", "ATX12345678", "FR123"})
    void refusesMalformedNumbers(String vat) {
        assertThat(VatNumbers.problem(vat)).isPresent();
    }

    @Test
    void oneCompanyHasOneKeyHoweverItIsWritten() {
        assertThat(VatNumbers.key("123 456 789 03")).isEqualTo("IT12345678903");
        assertThat(VatNumbers.key("it12345678903")).isEqualTo("IT12345678903");
        assertThat(VatNumbers.key("GR123456789")).isEqualTo(VatNumbers.key("EL123456789"));
    }
}
