package org.isec.notification.domain.email;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.isec.defaults.messaging.InboundEvent;
import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.notification.domain.Audience;
import org.isec.notification.domain.Channel;
import org.isec.notification.domain.DeliveryKey;
import org.isec.notification.domain.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The e-mail channel's records: one per event × recipient, written first (a redelivered event finds it and adds
 * nothing), then sent by {@link EmailWorker}. Operators see failed ones and send them again.
 */
@Service
public class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

    private final MongoTemplate mongo;
    private final EmailSettings settings;
    private final Clock clock;

    EmailOutbox(MongoTemplate mongo, EmailSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records the e-mails of a notification: one for a member or person, one per operator mailbox for operators. */
    public int enqueue(InboundEvent event, Notification notification) {
        int written = 0;
        for (Target target : targets(notification.audience())) {
            EmailDelivery delivery = new EmailDelivery(DeliveryKey.of(event.id(), target.key(), Channel.EMAIL.name()),
                    event.id(), event.type(), notification.kind(), notification.category(), notification.audience(),
                    target.mailbox(), notification.model(), EmailStatus.PENDING, 0, clock.instant(), null, null, null,
                    null, clock.instant(), null, null);
            try {
                mongo.insert(delivery);
                written++;
            } catch (DuplicateKeyException alreadyRecorded) {
                log.debug("e-mail {} for event {} already recorded", delivery.id(), event.id());
            }
        }
        return written;
    }

    public List<EmailDeliveryView> list(EmailStatus status, int page, int size) {
        Query query = Query.query(where("status").is(status))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))
                .skip((long) Math.max(page, 0) * Math.clamp(size, 1, 100)).limit(Math.clamp(size, 1, 100));
        return mongo.find(query, EmailDelivery.class).stream().map(EmailDeliveryView::of).toList();
    }

    public long count(EmailStatus status) {
        return mongo.count(Query.query(where("status").is(status)), EmailDelivery.class);
    }

    public EmailDeliveryView get(String id) {
        EmailDelivery delivery = mongo.findById(id, EmailDelivery.class);
        if (delivery == null) {
            throw new NotFoundException("e-mail delivery", id);
        }
        return EmailDeliveryView.of(delivery);
    }

    /** An operator sends a failed e-mail again, with a fresh round of attempts. Audited in the record and the log. */
    public EmailDeliveryView retry(String id, String operator, String reason) {
        String note = "retried by " + operator + " at " + clock.instant() + (reason == null ? "" : ": " + reason);
        EmailDelivery retried = mongo.findAndModify(
                Query.query(where("_id").is(id).and("status").is(EmailStatus.FAILED)),
                new Update().set("status", EmailStatus.PENDING).set("attempts", 0)
                        .set("nextAttemptAt", clock.instant()).unset("leaseUntil").set("note", note),
                FindAndModifyOptions.options().returnNew(true), EmailDelivery.class);
        if (retried == null) {
            EmailDeliveryView current = get(id);
            throw new ConflictException("NOT_FAILED", "Only a failed e-mail can be retried; this one is "
                    + current.status() + ".");
        }
        log.info("e-mail delivery {} retried by operator {}", id, operator);
        return EmailDeliveryView.of(retried);
    }

    private List<Target> targets(Audience audience) {
        if (audience.type() != Audience.Type.ROLE) {
            return List.of(new Target(audience.key(), null));
        }
        List<Target> mailboxes = new ArrayList<>();
        for (String address : settings.operators()) {
            if (address != null && !address.isBlank()) {
                String normalised = address.trim().toLowerCase(Locale.ROOT);
                mailboxes.add(new Target("mailbox:" + normalised, address.trim()));
            }
        }
        return mailboxes;
    }

    private record Target(String key, String mailbox) {
    }
}
