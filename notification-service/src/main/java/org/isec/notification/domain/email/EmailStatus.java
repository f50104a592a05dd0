package org.isec.notification.domain.email;

/** Where an e-mail delivery stands. */
public enum EmailStatus {
    /** Not sent yet: waiting for its first attempt or for the next retry. */
    PENDING,
    SENT,
    /** Retries exhausted or the relay refused it for good; kept for operators, who can retry it. */
    FAILED,
    /** Not sent because the recipient turned this category off for e-mail. */
    SKIPPED
}
