package org.isec.membership.provisioning;

/** The user a task is for does not exist in Keycloak: retrying cannot help. */
class KeycloakUserNotFound extends RuntimeException {

    KeycloakUserNotFound(String userId) {
        super("Keycloak has no user " + userId);
    }
}
