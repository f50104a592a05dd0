package org.isec.membership.domain;

/** Who did something: the Keycloak user id, and the user name for people reading the audit log. */
public record Actor(String userId, String username) {
}
