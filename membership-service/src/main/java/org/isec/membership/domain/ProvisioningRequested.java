package org.isec.membership.domain;

/** Published in-process after a save that left a Keycloak task on a membership, so the worker starts at once. */
public record ProvisioningRequested(String membershipId) {
}
