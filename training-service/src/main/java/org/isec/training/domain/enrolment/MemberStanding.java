package org.isec.training.domain.enrolment;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Training's read model of a member organisation, built from membership events. */
@Document(MemberStanding.COLLECTION)
class MemberStanding {

    static final String COLLECTION = "members";
    static final String ACTIVE = "ACTIVE";
    static final String SUSPENDED = "SUSPENDED";

    @Id
    String id;
    String status;
    String organisationName;

    boolean isSuspended() {
        return SUSPENDED.equals(status);
    }
}
