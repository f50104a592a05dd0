package org.isec.marketplace.domain;

/**
 * Whether a member may trade right now, as marketplace learnt it from membership's events. {@code reasonCode}
 * and {@code detail} explain a suspension to the member.
 */
public record MemberStanding(String memberId, boolean known, boolean active, String reasonCode, String detail) {

    public static MemberStanding unknown(String memberId) {
        return new MemberStanding(memberId, false, false, null, null);
    }

    public boolean canTrade() {
        return known && active;
    }
}
