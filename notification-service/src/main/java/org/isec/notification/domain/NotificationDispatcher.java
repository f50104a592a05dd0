package org.isec.notification.domain;

import java.util.Set;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.isec.contracts.EventTypes;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.notification.domain.email.EmailOutbox;
import org.isec.notification.domain.inbox.Inbox;
import org.isec.notification.domain.recipients.RecipientDirectory;
import org.isec.notification.domain.rules.NotificationRules;
import org.isec.notification.domain.rules.Titles;
import org.isec.notification.domain.webhooks.WebhookOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What happens to every consumed event: the directory and titles learn from it, the rules decide who is told, and
 * one record per recipient and channel (inbox entry, e-mail, partner webhook) is written before anything is sent.
 * Each step is idempotent, so a redelivery after a crash half-way completes the rest and repeats nothing.
 */
@Service
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    /** Metric tags stay bounded whatever a producer writes. */
    private static final Set<String> KNOWN_SOURCES = Set.of("/isec/membership", "/isec/marketplace", "/isec/advisory",
            "/isec/training");

    private final RecipientDirectory directory;
    private final Titles titles;
    private final NotificationRules rules;
    private final Inbox inbox;
    private final EmailOutbox emails;
    private final WebhookOutbox webhooks;
    private final MeterRegistry meters;

    NotificationDispatcher(RecipientDirectory directory, Titles titles, NotificationRules rules, Inbox inbox,
                           EmailOutbox emails, WebhookOutbox webhooks, MeterRegistry meters) {
        this.directory = directory;
        this.titles = titles;
        this.rules = rules;
        this.inbox = inbox;
        this.emails = emails;
        this.webhooks = webhooks;
        this.meters = meters;
    }

    public void dispatch(CloudEvent cloudEvent) {
        InboundEvent event = InboundEvent.of(cloudEvent);
        if (EventTypes.byType(event.type()).isEmpty()) {
            // A newer producer may publish types this build does not know yet: acknowledged, counted, not an error.
            meters.counter("isec.notifications.events.ignored", "reason", "unknown-type",
                    "source", KNOWN_SOURCES.contains(event.source()) ? event.source() : "other").increment();
            log.info("event {} of unknown type {} from {} ignored", event.id(), event.type(), event.source());
            return;
        }
        directory.apply(event);
        titles.apply(event);
        int inApp = 0;
        int mails = 0;
        for (Notification notification : rules.notificationsFor(event)) {
            inApp += inbox.deliver(event, notification) ? 1 : 0;
            mails += emails.enqueue(event, notification);
        }
        int hooks = webhooks.enqueue(cloudEvent);
        meters.counter("isec.notifications.events.handled", "type", event.type()).increment();
        if (inApp + mails + hooks > 0) {
            log.info("event {} ({}): {} inbox entr(ies), {} e-mail(s), {} webhook delivery(ies) recorded", event.id(),
                    event.type(), inApp, mails, hooks);
        }
    }
}
