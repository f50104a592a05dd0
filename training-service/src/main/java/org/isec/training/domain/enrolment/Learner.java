package org.isec.training.domain.enrolment;

/**
 * Who enrols, from the access token.
 *
 * @param userId   Keycloak user id
 * @param memberId the member organisation the learner acts for
 * @param name     display name printed on the certificate
 * @param email    for the confirmation message; may be null
 */
public record Learner(String userId, String memberId, String name, String email) {
}
