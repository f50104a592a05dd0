package org.isec.contracts.marketplace;

import java.time.Instant;
import java.util.List;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/**
 * The buyer confirmed delivery; both parties may now review each other. Subject: the commission.
 *
 * @param supplierMemberId the awarded (lead) supplier
 * @param partnerMemberIds partners of a joint award; empty otherwise
 * @param onTime           whether delivery was on time, as stated by the buyer
 */
@EventType(value = "isec.marketplace.CommissionCompleted", partnerVisible = true)
public record CommissionCompleted(
        String commissionId,
        String lotId,
        String title,
        String buyerMemberId,
        String supplierMemberId,
        List<String> partnerMemberIds,
        boolean onTime,
        Instant completedAt) implements IsecEvent {

    public CommissionCompleted {
        partnerMemberIds = partnerMemberIds == null ? List.of() : List.copyOf(partnerMemberIds);
    }

    @Override
    public String subject() {
        return commissionId;
    }
}
