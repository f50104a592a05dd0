package org.isec.membership.support;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid Italian VAT numbers, so tests sharing one database never collide. */
public final class TestVat {

    private TestVat() {
    }

    public static String random() {
        StringBuilder digits = new StringBuilder("1");
        for (int i = 0; i < 9; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }
}
