package org.isec.notification.domain.webhooks;

/** A callback URL the platform will not call, with the reason (safe to show to the partner). */
class RefusedTarget extends Exception {

    RefusedTarget(String reason) {
        super(reason);
    }
}
