package org.isec.marketplace.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.isec.marketplace.domain.Budget;
import org.isec.marketplace.domain.NewBid;
import org.isec.marketplace.domain.NewCommission;
import org.isec.marketplace.domain.NewLot;
import org.isec.marketplace.domain.Visibility;

/** Request bodies. Presence and size are checked here (400); the business rules in the domain (422). */
final class Requests {

    private Requests() {
    }

    record BudgetBody(@NotNull BigDecimal min, @NotNull BigDecimal max, @NotBlank String currency) {
        Budget toBudget() {
            return new Budget(min, max, currency);
        }
    }

    record LotBody(@NotBlank @Size(max = 200) String title, @Size(max = 20) List<@NotBlank @Size(max = 80) String> requiredCapabilities,
                   @Valid BudgetBody budget) {
        NewLot toLot() {
            return new NewLot(title, requiredCapabilities == null ? List.of() : requiredCapabilities, budget == null ? null : budget.toBudget());
        }
    }

    record CommissionBody(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5_000) String description,
                          @NotBlank String category,
                          @Size(max = 20) List<@NotBlank @Size(max = 80) String> requiredCapabilities,
                          @NotBlank @Size(max = 60) String region, String province,
                          @NotNull @Valid BudgetBody budget, @NotNull Instant bidDeadline,
                          @Size(max = 10) List<@NotBlank String> languages, Visibility visibility,
                          @Size(max = 200) List<@NotBlank String> invitedMemberIds, @Size(max = 20) List<@Valid @NotNull LotBody> lots) {
        NewCommission toCommission() {
            return new NewCommission(title, description, category, requiredCapabilities, region, province, budget.toBudget(),
                    bidDeadline, languages, visibility, invitedMemberIds,
                    lots == null ? List.of() : lots.stream().map(LotBody::toLot).toList());
        }
    }

    record PartnerBody(@NotBlank String memberId, @NotNull Integer share) {
    }

    record BidBody(String lotId, @NotNull BigDecimal price, String currency, @NotNull Integer deliveryDays,
                   @Size(max = 5_000) String message, Integer leadShare, @Size(max = 9) List<@Valid @NotNull PartnerBody> partners) {
        NewBid toBid() {
            return new NewBid(lotId, price, currency, deliveryDays, message, leadShare,
                    partners == null ? List.of() : partners.stream().map(p -> new NewBid.PartnerShare(p.memberId(), p.share())).toList());
        }
    }

    record AwardBody(@NotBlank String bidId, @NotBlank @Size(max = 2_000) String reason) {
    }

    record CompleteBody(@NotNull Boolean onTime, String lotId) {
    }

    record CancelBody(@Size(max = 2_000) String reason) {
    }

    record ReviewBody(@NotNull Integer rating, @Size(max = 2_000) String comment, String revieweeId) {
    }

    record WeightsBody(@NotNull Double category, @NotNull Double capabilities, @NotNull Double place,
                       @NotNull Double languages, @NotNull Double reputation, @NotNull Double onTime,
                       @NotBlank @Size(max = 500) String reason) {
    }
}
