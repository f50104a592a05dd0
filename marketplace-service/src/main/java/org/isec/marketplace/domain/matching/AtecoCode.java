package org.isec.marketplace.domain.matching;

import java.util.regex.Pattern;

/**
 * ATECO 2007/2025 activity codes, written "56", "56.2", "56.21" or "56.21.00", packed into an int, so the sector fit of 100,000 suppliers is a
 * handful of XORs. Levels: 2 digits = division, 3 = group, 4 = class, 5 = category, 6 = subcategory.
 */
public final class AtecoCode {

    private static final Pattern SHAPE = Pattern.compile("\\d{2}(\\.\\d{1,2}(\\.\\d{1,2})?)?");
    static final int MAX_DIGITS = 6;
    private static final int ABSENT_DIGIT = 0xF;

    private AtecoCode() {
    }

    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code.strip()).matches() && digits(code).length() <= MAX_DIGITS;
    }

    /** The digits only, which is how two spellings of one code ("5621", "56.21") compare. */
    public static String digits(String code) {
        return code == null ? "" : code.strip().replace(".", "");
    }

    /** Length in the top byte, one nibble per digit below, absent digits as 0xF. */
    public static int pack(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("not an ATECO code: " + code);
        }
        String d = digits(code);
        int packed = 0;
        for (int i = 0; i < MAX_DIGITS; i++) {
            int nibble = i < d.length() ? d.charAt(i) - '0' : ABSENT_DIGIT;
            packed = (packed << 4) | nibble;
        }
        return (d.length() << 24) | packed;
    }

    /** The two-digit division (00..99), or -1 for a code without one. */
    static int division(int packed) {
        return length(packed) < 2 ? -1 : ((packed >>> 20) & 0xF) * 10 + ((packed >>> 16) & 0xF);
    }

    static int length(int packed) {
        return packed >>> 24;
    }

    /** Digits two codes share from the left, never more than either code has. */
    static int commonDigits(int a, int b) {
        int diff = (a ^ b) & 0xFFFFFF;
        int equalNibbles = diff == 0 ? MAX_DIGITS : (Integer.numberOfLeadingZeros(diff) - 8) >>> 2;
        return Math.min(equalNibbles, Math.min(length(a), length(b)));
    }

    /** 0 below a shared division; then 1 = division … 5 = subcategory. */
    static int levels(int digits) {
        return digits < 2 ? 0 : digits - 1;
    }

    static String levelName(int digits) {
        return switch (levels(digits)) {
            case 0 -> "none";
            case 1 -> "division";
            case 2 -> "group";
            case 3 -> "class";
            case 4 -> "category";
            default -> "subcategory";
        };
    }
}
