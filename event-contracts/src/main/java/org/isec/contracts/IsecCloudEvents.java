package org.isec.contracts;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;

/**
 * Builds and reads the platform's CloudEvents (spec 1.0): {@code type}, {@code source}, {@code dataschema} from
 * the {@link EventDescriptor}, {@code subject} = aggregate id, JSON data ({@code application/json}).
 * On Kafka they travel in binary mode ({@code ce_*} headers, cloudevents-kafka's serializer); to partners in
 * structured mode ({@code application/cloudevents+json}).
 */
public final class IsecCloudEvents {

    /** Extension carrying the correlation id of the request that caused the event. */
    public static final String CORRELATION_ID = "correlationid";
    public static final String DATA_CONTENT_TYPE = "application/json";
    public static final String STRUCTURED_CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    // The SDK's JSON format runs on Jackson 2 (its own dependency), independent of the Jackson 3 EventCodec.
    // Its writer keeps JSON data byte-exact; its reader does not (see StructuredJson).
    private static final JsonFormat STRUCTURED = new JsonFormat();

    private IsecCloudEvents() {
    }

    /**
     * A CloudEvent for already serialised data.
     *
     * @param extensions extra context attributes, e.g. {@link #CORRELATION_ID}; names lower-case alphanumeric
     */
    public static CloudEvent create(EventDescriptor descriptor, String id, String subject, Instant time, byte[] data,
                                    Map<String, String> extensions) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id)
                .withType(descriptor.type())
                .withSource(URI.create(descriptor.source()))
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataSchema(URI.create(descriptor.dataSchema()))
                .withDataContentType(DATA_CONTENT_TYPE)
                .withData(data);
        extensions.forEach(builder::withExtension);
        return builder.build();
    }

    public static CloudEvent create(EventDescriptor descriptor, String id, String subject, Instant time, byte[] data) {
        return create(descriptor, id, subject, time, data, Map.of());
    }

    /** A CloudEvent for an event record: its registered descriptor, its {@code subject()}, its JSON. */
    public static CloudEvent of(IsecEvent event, String id, Instant time, Map<String, String> extensions) {
        return create(EventTypes.of(event.getClass()), id, event.subject(), time, EventCodec.toJson(event), extensions);
    }

    /**
     * The descriptor a CloudEvent was written with: by its {@code dataschema}, else the newest version of its type.
     *
     * @throws IllegalArgumentException for a type this build does not know
     */
    public static EventDescriptor descriptorOf(CloudEvent event) {
        Optional<EventDescriptor> bySchema = Optional.ofNullable(event.getDataSchema())
                .flatMap(schema -> EventTypes.byDataSchema(schema.toString()));
        return bySchema.or(() -> EventTypes.byType(event.getType()))
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + event.getType()));
    }

    /** The data bytes, empty if the event has none. */
    public static byte[] dataBytes(CloudEvent event) {
        return event.getData() == null ? new byte[0] : event.getData().toBytes();
    }

    /** The event record in the data, read as its registered type. */
    public static IsecEvent read(CloudEvent event) {
        return EventCodec.fromJson(dataBytes(event), descriptorOf(event).javaType());
    }

    /**
     * The event record in the data, as {@code type}.
     *
     * @throws IllegalArgumentException if the CloudEvent's type is not {@code type}'s
     */
    public static <T extends IsecEvent> T read(CloudEvent event, Class<T> type) {
        EventDescriptor expected = EventTypes.of(type);
        if (!expected.type().equals(event.getType())) {
            throw new IllegalArgumentException("CloudEvent of type " + event.getType() + " is not " + expected.type());
        }
        return EventCodec.fromJson(dataBytes(event), type);
    }

    public static Optional<String> correlationId(CloudEvent event) {
        return Optional.ofNullable(event.getExtension(CORRELATION_ID)).map(Object::toString);
    }

    /** The event in HTTP structured mode ({@code application/cloudevents+json}), JSON data as an object under "data". */
    public static byte[] toStructuredJson(CloudEvent event) {
        return STRUCTURED.serialize(event);
    }

    /**
     * Reads an event in the JSON format (e.g. a webhook body); decimals in the data stay exact.
     *
     * @throws IllegalArgumentException if it is not a CloudEvents 1.0 JSON event
     */
    public static CloudEvent fromStructuredJson(byte[] json) {
        return StructuredJson.read(json);
    }

    /** The same event with other data, e.g. the {@link EventCodec#partnerView} before it leaves the platform. */
    public static CloudEvent withData(CloudEvent event, byte[] data) {
        return CloudEventBuilder.v1(event).withData(data).build();
    }
}
