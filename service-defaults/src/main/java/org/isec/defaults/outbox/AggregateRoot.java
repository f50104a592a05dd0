package org.isec.defaults.outbox;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.isec.contracts.IsecEvent;
import org.springframework.data.annotation.Version;

/**
 * Base of every MongoDB document that publishes events. {@link #raise} stores the event in the document itself,
 * so the state change and its events are one single-document write; after the save a relay publishes them to
 * Kafka and removes each one once acknowledged, and a sweeper republishes any left behind by a crash.
 * <pre>{@code
 * public void approve(String operatorId, Instant at) {
 *     if (status != Status.SUBMITTED) throw new ConflictException("ALREADY_DECIDED", "...");
 *     status = Status.APPROVED;
 *     raise(new MemberApproved(id, organisationId, operatorId, at));
 * }
 * }</pre>
 * The {@code @Version} field makes concurrent saves of one aggregate fail with a 409 instead of losing an update.
 * Keep using a loaded aggregate for one save: a second save of the same instance writes its events again, which
 * consumers, deduplicating by event id, absorb.
 */
public abstract class AggregateRoot {

    @Version
    private Long version;

    @JsonIgnore
    private List<OutboxEvent> outbox = new ArrayList<>();

    /** Records {@code event} to be published after the next save of this aggregate. */
    protected void raise(IsecEvent event) {
        List<OutboxEvent> next = new ArrayList<>(outbox == null ? List.of() : outbox);
        next.add(OutboxEvent.of(event));
        outbox = next;
    }

    /** Optimistic-locking version; null before the first save. */
    public Long getVersion() {
        return version;
    }

    /** Events raised and not yet known to be published, oldest first. */
    public List<OutboxEvent> pendingEvents() {
        return outbox == null ? List.of() : List.copyOf(outbox);
    }
}
