package org.isec.training;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/** Access tokens as Keycloak issues them for the realm's roles, for MockMvc. */
public final class Tokens {

    private Tokens() {
    }

    public record Person(String userId, String orgId, String name) {

        public static Person newMember(String name) {
            return new Person(UUID.randomUUID().toString(), UUID.randomUUID().toString(), name);
        }

        public static Person newStaff(String name) {
            return new Person(UUID.randomUUID().toString(), null, name);
        }
    }

    public static JwtRequestPostProcessor member(Person person) {
        return token(person, "member");
    }

    public static JwtRequestPostProcessor trainer(Person person) {
        return token(person, "trainer");
    }

    public static JwtRequestPostProcessor operator(Person person) {
        return token(person, "operator");
    }

    private static JwtRequestPostProcessor token(Person person, String role) {
        return jwt().jwt(j -> {
            j.subject(person.userId())
                    .claim("preferred_username", person.name().toLowerCase().replace(' ', '.'))
                    .claim("name", person.name())
                    .claim("email", person.name().toLowerCase().replace(' ', '.') + "@example.org")
                    .claim("realm_access", Map.of("roles", List.of(role)));
            if (person.orgId() != null) {
                j.claim("org_id", person.orgId());
            }
        }).authorities(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase()));
    }
}
