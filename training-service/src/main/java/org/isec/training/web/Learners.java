package org.isec.training.web;

import org.isec.defaults.security.Caller;
import org.isec.training.domain.enrolment.Learner;
import org.springframework.security.oauth2.jwt.Jwt;

/** The learner a token describes; the display name is what the certificate will print. */
final class Learners {

    private Learners() {
    }

    static Learner from(Caller caller, Jwt token) {
        return new Learner(caller.userId(), caller.requireOrgId(), displayName(caller, token), caller.email());
    }

    private static String displayName(Caller caller, Jwt token) {
        String name = token == null ? null : token.getClaimAsString("name");
        if (isBlank(name) && token != null) {
            String given = token.getClaimAsString("given_name");
            String family = token.getClaimAsString("family_name");
            name = ((isBlank(given) ? "" : given) + " " + (isBlank(family) ? "" : family)).strip();
        }
        if (isBlank(name)) {
            name = caller.username();
        }
        return isBlank(name) ? caller.userId() : name.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
