package org.isec.contracts.marketplace;

import java.time.Instant;
import java.util.List;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/**
 * A commission (commessa) is open for bids. Subject: the commission.
 *
 * @param buyerMemberId     the publishing member; null for a consortium tender
 * @param consortiumTender  true when the consortium is the buyer (a public contract it won, split into lots)
 * @param category          ATECO code or prefix of the requested product or service
 * @param visibility        {@link #MEMBERS} (every active member may bid) or {@link #INVITED}
 * @param invitedMemberIds  the invited members when {@link #INVITED}; empty otherwise
 * @param lots              empty when the commission is awarded as a whole
 */
@EventType(value = "isec.marketplace.CommissionPublished", partnerVisible = true)
public record CommissionPublished(
        String commissionId,
        String buyerMemberId,
        boolean consortiumTender,
        String title,
        String description,
        String category,
        List<String> requiredCapabilities,
        String region,
        String province,
        List<String> languages,
        Budget budget,
        Instant bidDeadline,
        String visibility,
        List<String> invitedMemberIds,
        List<Lot> lots,
        Instant publishedAt) implements IsecEvent {

    public static final String MEMBERS = "MEMBERS";
    public static final String INVITED = "INVITED";

    public CommissionPublished {
        requiredCapabilities = requiredCapabilities == null ? List.of() : List.copyOf(requiredCapabilities);
        languages = languages == null ? List.of() : List.copyOf(languages);
        invitedMemberIds = invitedMemberIds == null ? List.of() : List.copyOf(invitedMemberIds);
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    @Override
    public String subject() {
        return commissionId;
    }
}
