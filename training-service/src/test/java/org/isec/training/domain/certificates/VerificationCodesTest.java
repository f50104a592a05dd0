package org.isec.training.domain.certificates;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodesTest {

    @Test
    void codesAreFourGroupsOfFourCrockfordSymbolsCarryingEightyBits() {
        String code = VerificationCodes.next();
        assertThat(code).matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$");
        // 16 symbols × 5 bits = 80 bits: every symbol position must be able to take all 32 values.
        assertThat(VerificationCodes.LENGTH * Integer.numberOfTrailingZeros(VerificationCodes.ALPHABET.length()))
                .isEqualTo(80);
    }

    @Test
    void tenThousandCodesAreAllDifferentAndUseTheWholeAlphabet() {
        Set<String> codes = new HashSet<>();
        Set<Character> symbols = new HashSet<>();
        IntStream.range(0, 10_000).mapToObj(i -> VerificationCodes.next()).forEach(code -> {
            codes.add(code);
            code.replace("-", "").chars().forEach(c -> symbols.add((char) c));
        });
        assertThat(codes).hasSize(10_000);
        assertThat(symbols).hasSize(32);
    }

    @Test
    void encodingFollowsCrockfordBase32() {
        byte[] allOnes = new byte[10];
        Arrays.fill(allOnes, (byte) 0xFF);
        assertThat(VerificationCodes.encode(new byte[10])).isEqualTo("0000000000000000");
        assertThat(VerificationCodes.encode(allOnes)).isEqualTo("ZZZZZZZZZZZZZZZZ");
        // The 5-bit values 0..31 in order spell the alphabet: no I, L, O or U.
        assertThat(VerificationCodes.encode(new byte[] {(byte) 0x00, (byte) 0x44, (byte) 0x32, (byte) 0x14,
                (byte) 0xC7, (byte) 0x42, (byte) 0x54, (byte) 0xB6, (byte) 0x35, (byte) 0xCF}))
                .isEqualTo("0123456789ABCDEF");
        assertThat(VerificationCodes.encode(new byte[] {(byte) 0x84, (byte) 0x65, (byte) 0x3A, (byte) 0x56,
                (byte) 0xD7, (byte) 0xC6, (byte) 0x75, (byte) 0xBE, (byte) 0x77, (byte) 0xDF}))
                .isEqualTo("GHJKMNPQRSTVWXYZ");
    }

    @Test
    void typedCodesAreReadForgivingly() {
        assertThat(VerificationCodes.normalise("k7qx m2pa 9wzr 4tnb")).contains("K7QX-M2PA-9WZR-4TNB");
        assertThat(VerificationCodes.normalise("K7QX-M2PA-9WZR-4TNB")).contains("K7QX-M2PA-9WZR-4TNB");
        assertThat(VerificationCodes.normalise("O0IL-M2PA-9WZR-4TNB")).contains("0011-M2PA-9WZR-4TNB");
    }

    @Test
    void anythingElseIsNotACode() {
        assertThat(VerificationCodes.normalise("K7QX-M2PA-9WZR")).isEmpty();
        assertThat(VerificationCodes.normalise("K7QX-M2PA-9WZR-4TNU")).isEmpty();
        assertThat(VerificationCodes.normalise("'; drop table")).isEmpty();
        assertThat(VerificationCodes.normalise(null)).isEmpty();
    }
}
