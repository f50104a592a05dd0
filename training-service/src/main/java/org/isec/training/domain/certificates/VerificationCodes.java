package org.isec.training.domain.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 80 random bits from {@link SecureRandom} in Crockford base32, four groups of four
 * ({@code K7QX-M2PA-9WZR-4TNB}). Crockford's alphabet has no I, L, O or U, so a code read aloud or typed from paper
 * survives the usual confusions: reading normalises case, hyphens, spaces and I/L→1, O→0.
 */
public final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        byte[] bits = new byte[10];
        RANDOM.nextBytes(bits);
        return format(encode(bits));
    }

    /** The canonical form of what a person typed, or empty if it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char symbol = switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (ALPHABET.indexOf(symbol) < 0) {
                return Optional.empty();
            }
            symbols.append(symbol);
        }
        return symbols.length() == LENGTH ? Optional.of(format(symbols.toString())) : Optional.empty();
    }

    static String encode(byte[] bits) {
        StringBuilder out = new StringBuilder(LENGTH);
        int buffer = 0;
        int buffered = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xFF);
            buffered += 8;
            while (buffered >= 5) {
                out.append(ALPHABET.charAt((buffer >> (buffered - 5)) & 0x1F));
                buffered -= 5;
            }
        }
        return out.toString();
    }

    private static String format(String symbols) {
        return symbols.substring(0, 4) + "-" + symbols.substring(4, 8) + "-" + symbols.substring(8, 12) + "-"
                + symbols.substring(12, 16);
    }
}
