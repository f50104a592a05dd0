package org.isec.membership.domain;

import java.time.Instant;

/**
 * How the last provisioning task ended: DONE once Keycloak confirmed it, FAILED when it can never succeed
 * (the user no longer exists in Keycloak) and an operator has to look.
 */
public record ProvisioningOutcome(String taskId, ProvisioningTask.Action action, Result result, String detail,
                                  Instant at) {

    public enum Result {
        DONE, FAILED
    }
}
