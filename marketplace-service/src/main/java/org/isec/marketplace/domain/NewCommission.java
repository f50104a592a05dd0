package org.isec.marketplace.domain;

import java.time.Instant;
import java.util.List;

/** A commission as the buyer describes it, before any rule is checked. */
public record NewCommission(String title, String description, String category, List<String> requiredCapabilities,
                            String region, String province, Budget budget, Instant bidDeadline, List<String> languages,
                            Visibility visibility, List<String> invitedMemberIds, List<NewLot> lots) {
}
