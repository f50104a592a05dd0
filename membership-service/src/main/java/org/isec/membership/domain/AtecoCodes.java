package org.isec.membership.domain;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * ATECO activity codes (ISTAT's Italian edition of NACE): {@code NN.NN} (class) or {@code NN.NN.NN}
 * (sub-category). The two leading digits must be a division that exists in ATECO 2007 or ATECO 2025,
 * so a typo such as {@code 04.10} is caught, not only a wrong shape.
 */
public final class AtecoCodes {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}\\.\\d{2}(\\.\\d{2})?");

    private static final Set<Integer> DIVISIONS = Set.copyOf(IntStream.rangeClosed(1, 99)
            .filter(d -> !Set.of(4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89).contains(d))
            .boxed().toList());

    private AtecoCodes() {
    }

    public static Optional<String> problem(String code) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            return Optional.of("must be an ATECO code NN.NN or NN.NN.NN");
        }
        if (!DIVISIONS.contains(Integer.parseInt(code.substring(0, 2)))) {
            return Optional.of("'" + code.substring(0, 2) + "' is not an ATECO division");
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }
}
