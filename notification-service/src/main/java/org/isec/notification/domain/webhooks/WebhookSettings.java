package org.isec.notification.domain.webhooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Partner webhook settings ({@code isec.webhooks.*}).
 *
 * @param allowLoopbackHttp dev flag (env {@code ISEC_WEBHOOKS_ALLOW_LOOPBACK_HTTP}): permits loopback targets and
 *                          plain http to them; never private or link-local ones
 * @param encryptionKey     base64 of 32 bytes (env {@code ISEC_WEBHOOK_KEY}) encrypting signing secrets at rest
 * @param retrySchedule     waits after the 1st, 2nd, … failed attempt; when it runs out the delivery FAILS
 * @param secretOverlap     how long a rotated-out secret keeps signing
 * @param breaker           per-endpoint circuit breaker
 */
@ConfigurationProperties("isec.webhooks")
record WebhookSettings(@DefaultValue("false") boolean allowLoopbackHttp,
                       String encryptionKey,
                       @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "10h"}) List<Duration> retrySchedule,
                       @DefaultValue("24h") Duration secretOverlap,
                       @DefaultValue("5s") Duration connectTimeout,
                       @DefaultValue("10s") Duration readTimeout,
                       @DefaultValue("20") int batchSize,
                       @DefaultValue("2m") Duration lease,
                       @DefaultValue("25") int maxSubscriptionsPerPartner,
                       @DefaultValue Breaker breaker) {

    /**
     * @param failureRate  percentage of failed calls that opens the breaker
     * @param window       calls the rate is measured over
     * @param minimumCalls calls before the rate counts
     * @param openFor      how long an open breaker holds deliveries back before one trial call
     */
    record Breaker(@DefaultValue("50") float failureRate, @DefaultValue("10") int window,
                   @DefaultValue("5") int minimumCalls, @DefaultValue("1m") Duration openFor) {
    }
}
