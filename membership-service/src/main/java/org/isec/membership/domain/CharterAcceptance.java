package org.isec.membership.domain;

import java.time.Instant;

/** The charter version a member accepted last, when, and which user accepted it for the organisation. */
public record CharterAcceptance(int version, Instant acceptedAt, String userId) {
}
