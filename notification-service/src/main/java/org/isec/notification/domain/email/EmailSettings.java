package org.isec.notification.domain.email;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail delivery settings ({@code isec.notifications.mail.*}).
 *
 * @param from            sender address
 * @param operators       mailboxes that receive operator notifications (env {@code ISEC_OPERATOR_EMAILS}, comma list)
 * @param operatorLanguage language of e-mails to operator mailboxes
 * @param pollInterval    how often due deliveries are looked for
 * @param batchSize       deliveries sent per poll at most
 * @param lease           how long a claimed delivery is reserved for its sender
 * @param firstRetry      wait after the first failure; doubles each time up to {@code maxRetryInterval}
 * @param maxAttempts     attempts before a delivery is FAILED and waits for an operator
 */
@ConfigurationProperties("isec.notifications.mail")
record EmailSettings(@DefaultValue("ISEC <noreply@isec.example>") String from,
                     @DefaultValue("operator@isec.example") List<String> operators,
                     @DefaultValue("it") String operatorLanguage,
                     @DefaultValue("2s") Duration pollInterval,
                     @DefaultValue("20") int batchSize,
                     @DefaultValue("2m") Duration lease,
                     @DefaultValue("30s") Duration firstRetry,
                     @DefaultValue("30m") Duration maxRetryInterval,
                     @DefaultValue("15") int maxAttempts) {

    /** Wait before attempt {@code attemptsSoFar + 1}: exponential, capped. */
    Duration backoffAfter(int attemptsSoFar) {
        long factor = 1L << Math.min(Math.max(attemptsSoFar - 1, 0), 20);
        Duration wait = firstRetry.multipliedBy(factor);
        return wait.compareTo(maxRetryInterval) > 0 ? maxRetryInterval : wait;
    }
}
