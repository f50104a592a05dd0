package org.isec.marketplace.domain;

/** Looks up a member's current standing; backed by the member projection, a map in unit tests. */
@FunctionalInterface
public interface Standings {

    MemberStanding of(String memberId);

    default boolean canTrade(String memberId) {
        return of(memberId).canTrade();
    }
}
