package org.isec.notification.domain;

import java.util.Locale;

/**
 * One kind of message a person receives, with its own template in every {@link Language}. The template key is the
 * name in lower kebab case ({@code MEMBER_WELCOME} → {@code member-welcome}).
 */
public enum NotificationKind {

    OPERATOR_NEW_APPLICATION(Category.OPERATIONS),
    APPLICATION_RECEIVED(Category.MEMBERSHIP),
    MEMBER_WELCOME(Category.MEMBERSHIP),
    APPLICATION_REJECTED(Category.MEMBERSHIP),
    MEMBER_SUSPENDED(Category.MEMBERSHIP),
    MEMBER_REINSTATED(Category.MEMBERSHIP),
    CHARTER_TO_ACCEPT(Category.MEMBERSHIP),
    CHARTER_ACCEPTED(Category.MEMBERSHIP),
    OPERATOR_ETHICS_REPORT(Category.OPERATIONS),

    COMMISSION_INVITATION(Category.MARKETPLACE),
    SUPPLIER_MATCHED(Category.MARKETPLACE),
    BID_RECEIVED(Category.MARKETPLACE),
    BID_WITHDRAWN(Category.MARKETPLACE),
    COMMISSION_WON(Category.AWARDS),
    COMMISSION_NOT_WON(Category.AWARDS),
    COMMISSION_CANCELLED(Category.MARKETPLACE),
    REVIEW_REQUEST(Category.MARKETPLACE),
    REVIEW_RECEIVED(Category.MARKETPLACE),

    OPERATOR_ADVISORY_REQUEST(Category.OPERATIONS),
    ADVISOR_ASSIGNED(Category.ADVISORY),
    ADVISOR_NEW_CASE(Category.ADVISORY),
    ADVISORY_SESSION(Category.ADVISORY),
    ADVISORY_CASE_CLOSED(Category.ADVISORY),
    FUNDING_MATCH(Category.FUNDING),

    ENROLLMENT_CONFIRMED(Category.TRAINING),
    ENROLLMENT_PROMOTED(Category.TRAINING),
    ENROLLMENT_WAITLISTED(Category.TRAINING),
    ENROLLMENT_CANCELLED(Category.TRAINING),
    CERTIFICATE_ISSUED(Category.TRAINING);

    private final Category category;

    NotificationKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    public String templateKey() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
