package org.isec.advisory.domain.cases;

import org.isec.defaults.security.Caller;

/** How a caller relates to one case; {@link #NONE} sees nothing of it (404, so its existence does not leak). */
public enum Party {
    OPERATOR, ADVISOR, MEMBER, NONE;

    static Party of(Caller caller, String memberId, String advisorId) {
        if (caller.isOperator()) {
            return OPERATOR;
        }
        if (advisorId != null && advisorId.equals(caller.userId()) && caller.hasRole("advisor")) {
            return ADVISOR;
        }
        if (caller.orgId() != null && caller.orgId().equals(memberId)) {
            return MEMBER;
        }
        return NONE;
    }
}
