package org.isec.membership.domain;

/** The four areas of the UN Global Compact and the principles each covers. */
public enum Area {
    HUMAN_RIGHTS, LABOUR, ENVIRONMENT, ANTI_CORRUPTION;

    static Area ofPrinciple(int number) {
        if (number >= 1 && number <= 2) {
            return HUMAN_RIGHTS;
        }
        if (number >= 3 && number <= 6) {
            return LABOUR;
        }
        if (number >= 7 && number <= 9) {
            return ENVIRONMENT;
        }
        if (number == 10) {
            return ANTI_CORRUPTION;
        }
        throw new IllegalArgumentException("the Global Compact has principles 1 to 10, not " + number);
    }
}
