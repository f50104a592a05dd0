package org.isec.contracts;

/** One Kafka topic per producing service; dead letters go to {@code <topic>.dlt}. */
public final class Topics {

    public static final String MEMBERSHIP = "isec.membership";
    public static final String MARKETPLACE = "isec.marketplace";
    public static final String ADVISORY = "isec.advisory";
    public static final String TRAINING = "isec.training";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}. */
    public static String dlt(String topic) {
        return topic + ".dlt";
    }
}
