package org.isec.notification.domain.recipients;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's address, learnt where it is certainly theirs: events that carry a user id with that user's own
 * e-mail (learner, advisor) and the person's own token. Lets a later event that carries only the user id reach them.
 */
@Document(UserContact.COLLECTION)
public record UserContact(@Id String userId, String email, Instant learntAt) {

    static final String COLLECTION = "user_contacts";
}
