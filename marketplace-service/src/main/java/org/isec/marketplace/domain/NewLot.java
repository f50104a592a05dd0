package org.isec.marketplace.domain;

import java.util.List;

/** A lot as the buyer describes it; the budget is optional. */
public record NewLot(String title, List<String> requiredCapabilities, Budget budget) {
}
