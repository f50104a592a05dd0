package org.isec.membership.domain;

import java.time.Instant;

/** An operator's decision on an application; the reason of a rejection is shown to the applicant. */
public record Decision(ApplicationStatus outcome, Actor by, Instant at, String reason) {
}
