package org.isec.membership.domain;

public enum ApplicationStatus {
    SUBMITTED, APPROVED, REJECTED
}
