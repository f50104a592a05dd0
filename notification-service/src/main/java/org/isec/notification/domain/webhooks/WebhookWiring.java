package org.isec.notification.domain.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The webhook parts are package-private; they are assembled here from {@link WebhookSettings}. */
@Configuration(proxyBeanMethods = false)
class WebhookWiring {

    private static final Logger log = LoggerFactory.getLogger(WebhookWiring.class);
    private static final byte[] DEV_KEY = "dev-only-webhook-key-do-not-use!".getBytes(StandardCharsets.US_ASCII);

    @Bean
    NameLookup nameLookup() {
        return NameLookup.SYSTEM;
    }

    @Bean
    CallbackGuard callbackGuard(NameLookup names, WebhookSettings settings) {
        if (settings.allowLoopbackHttp()) {
            log.warn("isec.webhooks.allow-loopback-http is ON: webhooks may target loopback addresses over plain http. "
                    + "Dev only; never in production.");
        }
        return new CallbackGuard(names, settings.allowLoopbackHttp());
    }

    @Bean
    SecretBox secretBox(WebhookSettings settings) {
        SecretBox box = new SecretBox(settings.encryptionKey());
        if (Arrays.equals(Base64.getDecoder().decode(settings.encryptionKey().trim()), DEV_KEY)) {
            log.warn("ISEC_WEBHOOK_KEY is the dev default: webhook secrets are encrypted with a public key. Set "
                    + "ISEC_WEBHOOK_KEY (openssl rand -base64 32) outside the dev stack.");
        }
        return box;
    }

    @Bean(destroyMethod = "close")
    WebhookSender webhookSender(WebhookSettings settings) {
        return new WebhookSender(settings);
    }

    @Bean
    EndpointBreakers endpointBreakers(WebhookSettings settings) {
        return new EndpointBreakers(settings.breaker());
    }

    @Bean
    WebhookOutbox webhookOutbox(MongoTemplate mongo, Clock clock) {
        return new WebhookOutbox(mongo, clock);
    }

    @Bean
    Webhooks webhooks(MongoTemplate mongo, CallbackGuard guard, SecretBox secrets, WebhookSettings settings,
                      WebhookOutbox outbox, Clock clock) {
        return new Webhooks(mongo, guard, secrets, settings, outbox, clock);
    }

    @Bean
    WebhookWorker webhookWorker(MongoTemplate mongo, WebhookOutbox outbox, CallbackGuard guard, SecretBox secrets,
                                WebhookSender sender, EndpointBreakers breakers, WebhookSettings settings, Clock clock,
                                MeterRegistry meters) {
        return new WebhookWorker(mongo, outbox, guard, secrets, sender, breakers, settings, clock, meters);
    }
}
