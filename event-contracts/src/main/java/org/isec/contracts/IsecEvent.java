package org.isec.contracts;

/**
 * An integration event: a fact one service tells the others, published as a CloudEvent.
 * <p>
 * Implementations are records annotated with {@link EventType} and listed in {@link EventTypes}.
 */
public interface IsecEvent {

    /**
     * The id of the aggregate the fact is about. It is the CloudEvent {@code subject} and the Kafka key,
     * so all events of one aggregate stay in order on one partition.
     */
    String subject();
}
