package org.isec.marketplace.domain.matching;

import java.util.List;
import java.util.Set;

/**
 * What matching knows of a member as a supplier. {@code reputation} and {@code onTime} are already in 0..1
 * (see {@code Reputation}); {@code canTrade} is false for suspended members and lapsed charters.
 */
public record SupplierProfile(String memberId, String displayName, List<String> atecoCodes, Set<String> capabilities,
                              String region, String province, Set<String> languages, double reputation,
                              double onTime, boolean canTrade) {
}
