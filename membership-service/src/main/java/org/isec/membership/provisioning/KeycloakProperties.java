package org.isec.membership.provisioning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak is and how the membership service signs in to its admin API.
 *
 * @param url          {@code KEYCLOAK_URL}
 * @param clientSecret {@code ISEC_PROVISIONER_SECRET}; the default is the dev realm's and only for development
 * @param memberRole   realm role a member's user gets
 * @param orgAttribute user attribute that becomes the {@code org_id} claim
 * @param timeout      connect and read timeout of each admin call
 */
@ConfigurationProperties("isec.keycloak")
record KeycloakProperties(@DefaultValue("http://localhost:8180") String url,
                          @DefaultValue("isec") String realm,
                          @DefaultValue("isec-membership-provisioner") String clientId,
                          @DefaultValue("dev-provisioner-secret") String clientSecret,
                          @DefaultValue("member") String memberRole,
                          @DefaultValue("org_id") String orgAttribute,
                          @DefaultValue("5s") Duration timeout) {
}
