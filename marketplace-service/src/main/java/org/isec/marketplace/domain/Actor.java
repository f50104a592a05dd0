package org.isec.marketplace.domain;

/**
 * Who acts: the user, the member organisation they act for (null for operators without one) and whether they
 * are a consortium operator, which is what lets them act as the buyer of consortium tenders.
 */
public record Actor(String userId, String memberId, boolean operator) {

    public boolean isMember(String id) {
        return memberId != null && memberId.equals(id);
    }
}
