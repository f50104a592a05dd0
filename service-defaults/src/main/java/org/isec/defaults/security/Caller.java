package org.isec.defaults.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.isec.defaults.problem.ForbiddenException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The signed-in caller, taken from the access token. Declare it as a controller method parameter:
 * {@code @PostMapping ... create(@RequestBody @Valid NewBid bid, Caller caller)}.
 *
 * @param userId   token {@code sub}: the Keycloak user (or service account) id
 * @param username token {@code preferred_username}
 * @param email    token {@code email}, may be null
 * @param orgId    token {@code org_id}: the member organisation the user acts for; null before membership
 * @param roles    realm roles in lower case ({@code member}, {@code operator}, {@code advisor}, {@code trainer},
 *                 {@code partner})
 */
public record Caller(String userId, String username, String email, String orgId, Set<String> roles) {

    static final String ORG_ID_CLAIM = "org_id";
    private static final String ROLE_PREFIX = "ROLE_";

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return role != null && roles.contains(role.toLowerCase(Locale.ROOT));
    }

    public boolean isOperator() {
        return hasRole("operator");
    }

    /** The caller's organisation, or a 403 problem ({@code NO_ORGANISATION}) for a caller who has none. */
    public String requireOrgId() {
        if (orgId == null || orgId.isBlank()) {
            throw new ForbiddenException("NO_ORGANISATION",
                    "This action is for members acting on behalf of their organisation; the caller has none.");
        }
        return orgId;
    }

    /** The caller of a validated token and the authorities it was given (ROLE_X becomes role x). */
    public static Caller of(Jwt token, Collection<? extends GrantedAuthority> authorities) {
        Set<String> roles = authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()).toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(token.getSubject(), token.getClaimAsString("preferred_username"),
                token.getClaimAsString("email"), orgIdOf(token), roles);
    }

    private static String orgIdOf(Jwt token) {
        Object claim = token.getClaims().get(ORG_ID_CLAIM);
        // A multivalued user attribute arrives as a list; a user belongs to one organisation.
        if (claim instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.getFirst());
        }
        return claim == null ? null : String.valueOf(claim);
    }
}
