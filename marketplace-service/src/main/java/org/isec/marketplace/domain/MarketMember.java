package org.isec.marketplace.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What marketplace knows of a member organisation, built only from events: its standing and profile from
 * membership, its track record (reviews, deliveries) from marketplace's own completed commissions. The
 * profile keeps no personal data: no contact, no founders.
 */
@Document("members")
public class MarketMember {

    public enum Status { ACTIVE, SUSPENDED }

    @Id
    private String id;
    private String legalName;
    private Status status;
    private String suspensionReason;
    private String suspensionDetail;
    private String charterVersion;
    private List<String> atecoCodes;
    private String region;
    private String province;
    private List<String> languages;
    private List<String> capabilities;
    private long ratingSum;
    private int reviewCount;
    private int deliveries;
    private int onTimeDeliveries;
    private Instant updatedAt;

    MarketMember() {
    }

    public String id() { return id; }
    public String legalName() { return legalName; }
    public Status status() { return status; }
    public String suspensionReason() { return suspensionReason; }
    public String suspensionDetail() { return suspensionDetail; }
    public String charterVersion() { return charterVersion; }
    public List<String> atecoCodes() { return atecoCodes == null ? List.of() : atecoCodes; }
    public String region() { return region; }
    public String province() { return province; }
    public List<String> languages() { return languages == null ? List.of() : languages; }
    public List<String> capabilities() { return capabilities == null ? List.of() : capabilities; }
    public Instant updatedAt() { return updatedAt; }

    /** Approved, not suspended, and bound by an accepted charter version. */
    public boolean canTrade() {
        return status == Status.ACTIVE && charterVersion != null;
    }

    public MemberStanding standing() {
        if (status == Status.ACTIVE && charterVersion == null) {
            return new MemberStanding(id, true, false, "CHARTER_NOT_ACCEPTED", "no accepted charter version is on record");
        }
        return new MemberStanding(id, status != null, canTrade(), suspensionReason, suspensionDetail);
    }

    public Reputation reputation() {
        return Reputation.of(id, ratingSum, reviewCount, deliveries, onTimeDeliveries);
    }
}
