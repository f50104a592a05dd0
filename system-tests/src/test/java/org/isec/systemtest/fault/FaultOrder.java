package org.isec.systemtest.fault;

/**
 * The fault-injection classes run after every other class (unannotated ones run at {@code Integer.MAX_VALUE / 2})
 * and before the one that publishes a new charter version ({@code Integer.MAX_VALUE}): each leaves the platform
 * whole again, but one that fails half-way should not take the journey or the sweeps with it.
 */
final class FaultOrder {

    static final int KAFKA_OUTAGE = Integer.MAX_VALUE / 2 + 10;
    static final int CONSUMER_CRASH = KAFKA_OUTAGE + 1;
    static final int POISON = KAFKA_OUTAGE + 2;
    /** After the others, so that it redelivers everything the whole run published, faults included. */
    static final int REDELIVERY = KAFKA_OUTAGE + 3;
    static final int MONGO_OUTAGE = KAFKA_OUTAGE + 4;
    static final int KEYCLOAK_OUTAGE = KAFKA_OUTAGE + 5;
    static final int WEBHOOK_TARGETS_WITHOUT_DEV_FLAG = KAFKA_OUTAGE + 6;

    private FaultOrder() {
    }
}
