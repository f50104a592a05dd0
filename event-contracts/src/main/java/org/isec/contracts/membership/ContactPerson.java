package org.isec.contracts.membership;

import org.isec.contracts.PersonalData;

/**
 * The organisation's contact, only as much as notifications need to address them.
 *
 * @param firstName for the salutation
 * @param email     where e-mails go
 * @param language  ISO 639-1 code of the language to write in
 */
public record ContactPerson(@PersonalData String firstName, @PersonalData String email, String language) {
}
