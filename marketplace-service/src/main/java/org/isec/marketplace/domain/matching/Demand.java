package org.isec.marketplace.domain.matching;

import java.util.Set;

/**
 * What a buyer asks for, as matching sees it. {@code invitedOnly} is null for commissions open to all members;
 * otherwise only those members may be ranked. {@code lotId} travels through to the matches.
 */
public record Demand(String buyerId, String lotId, String category, Set<String> requiredCapabilities,
                     String region, String province, Set<String> languages, Set<String> invitedOnly) {
}
