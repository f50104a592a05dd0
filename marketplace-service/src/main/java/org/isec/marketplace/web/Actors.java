package org.isec.marketplace.web;

import org.isec.defaults.security.Caller;
import org.isec.marketplace.domain.Actor;

final class Actors {

    private Actors() {
    }

    /** Anyone signed in: members act for their organisation, operators for the consortium. */
    static Actor of(Caller caller) {
        return new Actor(caller.userId(), caller.orgId(), caller.isOperator());
    }

    /** Actions only an organisation can take (publish, bid): 403 NO_ORGANISATION for a caller without one. */
    static Actor member(Caller caller) {
        return new Actor(caller.userId(), caller.requireOrgId(), caller.isOperator());
    }
}
