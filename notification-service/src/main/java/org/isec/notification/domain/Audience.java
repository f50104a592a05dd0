package org.isec.notification.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * Who a notification is for.
 * <ul>
 *   <li>{@code MEMBER}: a member organisation. E-mail goes to its contact (from membership's events), the in-app entry
 *   is seen by every user acting for it (token {@code org_id}).</li>
 *   <li>{@code USER}: one person by Keycloak user id: an applicant who is not a member yet, a learner, an advisor.
 *   The event may carry their address and language.</li>
 *   <li>{@code ROLE}: every holder of a realm role; today only {@code operator}. In-app for each operator, e-mail to
 *   the configured operator mailboxes.</li>
 * </ul>
 *
 * @param id        member id, user id or role name
 * @param email     USER only: the address the event carried, may be null
 * @param firstName USER only: for the salutation, may be null
 * @param language  a language the event suggests (contact language, preferred language), may be null
 * @param memberId  USER only: the organisation the person acts for, may be null
 */
public record Audience(Type type, String id, String email, String firstName, String language, String memberId) {

    public static final String OPERATOR_ROLE = "operator";

    public enum Type { MEMBER, USER, ROLE }

    public Audience {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Audience member(String memberId, String language) {
        return new Audience(Type.MEMBER, memberId, null, null, language, null);
    }

    public static Audience member(String memberId) {
        return member(memberId, null);
    }

    public static Audience user(String userId, String email, String firstName, String language, String memberId) {
        return new Audience(Type.USER, userId, email, firstName, language, memberId);
    }

    public static Audience operators() {
        return new Audience(Type.ROLE, OPERATOR_ROLE, null, null, null, null);
    }

    /** The stable address of this audience: the recipient part of the exactly-once key, and the inbox address. */
    public String key() {
        return key(type, id);
    }

    public static String key(Type type, String id) {
        return type.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}
