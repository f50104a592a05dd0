package org.isec.marketplace.domain;

import java.util.List;

/** A lot as the buyer describes it, with its own budget in the commission's currency. */
public record NewLot(String title, List<String> requiredCapabilities, Budget budget) {
}
