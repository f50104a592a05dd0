package org.isec.notification.domain.email;

import java.time.Instant;
import java.util.Map;

import org.isec.notification.domain.Audience;
import org.isec.notification.domain.Category;
import org.isec.notification.domain.NotificationKind;
import org.isec.notification.domain.templates.TemplateValue;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One e-mail to one recipient for one event, written before anything is sent and then worked off by
 * {@link EmailWorker}. The address and language are settled when it is sent, so a contact or preference that
 * changed in between is honoured.
 *
 * @param id          {@link org.isec.notification.domain.DeliveryKey} of event × recipient × EMAIL
 * @param mailbox     for operator notifications: the configured operator address; null otherwise
 * @param leaseUntil  while a worker is sending it; another instance skips it until then
 * @param recipient   the address it was last sent (or tried) to
 * @param language    the language it was last rendered in
 * @param note        who retried it by hand and why, or why it was skipped
 */
@Document(EmailDelivery.COLLECTION)
record EmailDelivery(@Id String id, String eventId, String eventType, NotificationKind kind, Category category,
                     Audience audience, String mailbox, Map<String, TemplateValue> model, EmailStatus status,
                     int attempts, Instant nextAttemptAt, Instant leaseUntil, String lastError, String recipient,
                     String language, Instant createdAt, Instant sentAt, String note) {

    static final String COLLECTION = "email_deliveries";
}
