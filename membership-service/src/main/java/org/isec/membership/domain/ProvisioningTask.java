package org.isec.membership.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A change the member's Keycloak user must get, stored on the member document in the same write as the decision
 * that needs it, and removed only once Keycloak has confirmed it. A newer task replaces a pending older one: the
 * latest decision is the state Keycloak must end in.
 *
 * @param action GRANT_MEMBER (realm role {@code member} + attribute {@code org_id}) or REVOKE_MEMBER (role off)
 */
public record ProvisioningTask(String taskId, Action action, String userId, String orgId, Instant createdAt,
                               int attempts, String lastError, Instant lastAttemptAt) {

    public enum Action {
        GRANT_MEMBER, REVOKE_MEMBER
    }

    static ProvisioningTask of(Action action, String userId, String orgId, Instant now) {
        return new ProvisioningTask(UUID.randomUUID().toString(), action, userId, orgId, now, 0, null, null);
    }
}
