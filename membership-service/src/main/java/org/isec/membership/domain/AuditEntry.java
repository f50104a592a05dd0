package org.isec.membership.domain;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One operator action: who, when, what (action on target), why.
 *
 * @param action e.g. {@code APPLICATION_APPROVED}, {@code MEMBER_SUSPENDED}, {@code CHARTER_PUBLISHED}
 */
@Document("audit_log")
public record AuditEntry(@Id String id, Instant at, Actor actor, String action, String targetType, String targetId,
                         String reason) {
}
