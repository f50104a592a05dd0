package org.isec.notification.domain.email;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.isec.notification.domain.Channel;
import org.isec.notification.domain.templates.RenderedMessage;
import org.isec.notification.domain.templates.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Sends due e-mail deliveries. Each is claimed with a lease (so several instances never send the same one at the
 * same time), rendered for its recipient, and sent; a relay that fails is retried with exponential back-off, and a
 * delivery that exhausts its attempts stays FAILED for operators. When the relay is down the round stops at the
 * first failure instead of knocking on a closed door for every delivery.
 *
 * <p>SMTP has no idempotency: if the process dies after the relay accepted a message and before it is marked SENT,
 * the lease expires and the message is sent again. The {@value Mailer#DELIVERY_HEADER} header identifies such twins.
 */
@Component
class EmailWorker {

    private static final Logger log = LoggerFactory.getLogger(EmailWorker.class);

    private final MongoTemplate mongo;
    private final EmailRecipients recipients;
    private final Templates templates;
    private final Mailer mailer;
    private final EmailSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String platformUrl;

    EmailWorker(MongoTemplate mongo, EmailRecipients recipients, Templates templates, Mailer mailer,
                EmailSettings settings, Clock clock, MeterRegistry meters,
                @Value("${isec.notifications.platform-url}") String platformUrl) {
        this.mongo = mongo;
        this.recipients = recipients;
        this.templates = templates;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        this.platformUrl = platformUrl;
    }

    @Scheduled(fixedDelayString = "${isec.notifications.mail.poll-interval:2s}",
            initialDelayString = "${isec.notifications.mail.poll-interval:2s}")
    void sendDue() {
        try {
            for (int i = 0; i < settings.batchSize(); i++) {
                EmailDelivery delivery = claimNext();
                if (delivery == null || !send(delivery)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The database may be away; the next round tries again, nothing is lost.
            log.warn("e-mail round stopped: {}", e.toString());
        }
    }

    private EmailDelivery claimNext() {
        Instant now = clock.instant();
        Query due = Query.query(where("status").is(EmailStatus.PENDING).and("nextAttemptAt").lte(now)
                        .orOperator(where("leaseUntil").isNull(), where("leaseUntil").lt(now)))
                .with(Sort.by("nextAttemptAt"));
        return mongo.findAndModify(due, new Update().set("leaseUntil", now.plus(settings.lease())),
                FindAndModifyOptions.options().returnNew(true), EmailDelivery.class);
    }

    /** @return false when the relay failed, to end this round */
    private boolean send(EmailDelivery delivery) {
        Optional<EmailRecipients.Resolved> recipient = recipients.resolve(delivery);
        if (recipient.isEmpty()) {
            failed(delivery, "NO_ADDRESS: no e-mail address is known for " + delivery.audience().key() + " yet", false,
                    null, null);
            return true;
        }
        EmailRecipients.Resolved to = recipient.get();
        if (!to.preferences().allows(delivery.category(), Channel.EMAIL)) {
            finish(delivery, new Update().set("status", EmailStatus.SKIPPED).set("note", "OPTED_OUT"));
            count("skipped");
            return true;
        }
        RenderedMessage message;
        try {
            message = templates.render(delivery.kind(), to.language(), delivery.model(), to.firstName(), platformUrl);
        } catch (RuntimeException broken) {
            failed(delivery, "TEMPLATE: " + broken.getMessage(), true, to.address(), null);
            return true;
        }
        try {
            mailer.send(delivery.id(), to.address(), message);
        } catch (MailException e) {
            boolean permanent = SendFailures.permanent(e);
            failed(delivery, SendFailures.describe(e), permanent, to.address(), message.language().code());
            return permanent;
        }
        finish(delivery, new Update().set("status", EmailStatus.SENT).set("attempts", delivery.attempts() + 1)
                .set("sentAt", clock.instant()).set("recipient", to.address())
                .set("language", message.language().code()).unset("lastError"));
        count("sent");
        log.info("e-mail {} ({}) sent in {} for event {}", delivery.id(), delivery.kind().templateKey(),
                message.language().code(), delivery.eventId());
        return true;
    }

    private void failed(EmailDelivery delivery, String reason, boolean permanent, String address, String language) {
        int attempts = delivery.attempts() + 1;
        boolean giveUp = permanent || attempts >= settings.maxAttempts();
        Update update = new Update().set("attempts", attempts).set("lastError", reason);
        if (address != null) {
            update.set("recipient", address);
        }
        if (language != null) {
            update.set("language", language);
        }
        if (giveUp) {
            update.set("status", EmailStatus.FAILED);
            count("failed");
            log.warn("e-mail {} for event {} FAILED after {} attempt(s): {}", delivery.id(), delivery.eventId(),
                    attempts, reason);
        } else {
            Instant next = clock.instant().plus(settings.backoffAfter(attempts));
            update.set("nextAttemptAt", next);
            count("retry");
            log.info("e-mail {} attempt {} failed ({}); next attempt at {}", delivery.id(), attempts, reason, next);
        }
        finish(delivery, update);
    }

    private void finish(EmailDelivery delivery, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(delivery.id())), update.unset("leaseUntil"),
                EmailDelivery.class);
    }

    private void count(String outcome) {
        meters.counter("isec.notifications.email", "outcome", outcome).increment();
    }
}
