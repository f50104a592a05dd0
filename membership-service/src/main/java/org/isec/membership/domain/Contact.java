package org.isec.membership.domain;

import org.isec.contracts.membership.ContactPerson;

/** The person the consortium writes to about the organisation; {@code language} is ISO 639-1. */
public record Contact(String firstName, String lastName, String email, String phone, String language) {

    ContactPerson toEvent() {
        return new ContactPerson(firstName, email, language);
    }
}
