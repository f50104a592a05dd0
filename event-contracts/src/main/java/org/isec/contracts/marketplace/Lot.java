package org.isec.contracts.marketplace;

import java.util.List;

/** One separately awarded part of a commission (consortium tenders are split into lots). */
public record Lot(String lotId, String title, List<String> requiredCapabilities, Budget budget) {

    public Lot {
        requiredCapabilities = requiredCapabilities == null ? List.of() : List.copyOf(requiredCapabilities);
    }
}
