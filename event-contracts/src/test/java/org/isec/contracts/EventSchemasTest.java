package org.isec.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventSchemasTest {

    static Stream<IsecEvent> samples() {
        return SampleEvents.all().stream();
    }

    static Stream<EventDescriptor> descriptors() {
        return EventTypes.all().stream();
    }

    @Test
    void everyRegisteredTypeHasASchema() {
        assertThat(EventTypes.all()).allSatisfy(d ->
                assertThat(JsonSchemas.exists(d.type(), d.version())).as(d.schemaResource()).isTrue());
    }

    @Test
    void sampleFixtureHasOneInstanceOfEveryRegisteredType() {
        Set<Class<?>> sampled = SampleEvents.all().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(
                EventTypes.all().stream().map(EventDescriptor::javaType).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleSerialisesToJsonThatValidatesAgainstItsSchema(IsecEvent sample) {
        EventDescriptor d = EventTypes.of(sample.getClass());
        assertThat(JsonSchemas.validate(d.type(), d.version(), EventCodec.toJson(sample))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void schemaDescribesExactlyTheRecordComponents(EventDescriptor d) throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(d.schemaResource())) {
            schema = EventCodec.mapper().readTree(in);
        }
        Set<String> components = Arrays.stream(d.javaType().getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        Set<String> properties = new HashSet<>(schema.get("properties").propertyNames());
        Set<String> required = new HashSet<>();
        schema.get("required").forEach(n -> required.add(n.asString()));

        assertThat(schema.get("$id").asString()).isEqualTo(d.dataSchema());
        assertThat(schema.get("additionalProperties").asBoolean()).isTrue();
        assertThat(properties).isEqualTo(components);
        assertThat(components).containsAll(required);
    }

    @Test
    void schemaNamesAMissingRequiredField() {
        ObjectNode json = (ObjectNode) EventCodec.mapper().valueToTree(SampleEvents.memberApproved());
        json.remove("memberId");

        Set<String> errors = JsonSchemas.validate("isec.membership.MemberApproved", 1, EventCodec.mapper().writeValueAsBytes(json));

        assertThat(errors).singleElement().asString().contains("memberId");
    }

    @Test
    void schemaAssertsFormatsOfTimesIdsAndUserIds() {
        ObjectNode json = (ObjectNode) EventCodec.mapper().valueToTree(SampleEvents.charterAccepted());
        json.put("acceptedAt", "yesterday");
        json.put("userId", "amina");
        json.put("memberId", "42");

        Set<String> errors = JsonSchemas.validate("isec.membership.CharterAccepted", 1, EventCodec.mapper().writeValueAsBytes(json));

        assertThat(errors).hasSize(3).anySatisfy(e -> assertThat(e).contains("acceptedAt"))
                .anySatisfy(e -> assertThat(e).contains("userId")).anySatisfy(e -> assertThat(e).contains("memberId"));
    }

    @Test
    void schemaAssertsEmailFormatInsideNestedObjects() {
        ObjectNode json = (ObjectNode) EventCodec.mapper().valueToTree(SampleEvents.membershipApplied());
        ((ObjectNode) json.get("contact")).put("email", "amina at example");

        Set<String> errors = JsonSchemas.validate("isec.membership.MembershipApplied", 1, EventCodec.mapper().writeValueAsBytes(json));

        assertThat(errors).singleElement().asString().contains("/contact/email");
    }

    @Test
    void reservedDemoDomainsAreValidEmailAddresses() {
        // RFC 2606 names such as isec.example are what the dev realm's demo users have; a TLD list must not refuse them.
        ObjectNode json = (ObjectNode) EventCodec.mapper().valueToTree(SampleEvents.membershipApplied());
        ((ObjectNode) json.get("contact")).put("email", "amina@isec.example");

        assertThat(JsonSchemas.validate("isec.membership.MembershipApplied", 1, EventCodec.mapper().writeValueAsBytes(json))).isEmpty();
    }

    @Test
    void addedPropertiesStayValidWithinAVersion() {
        ObjectNode json = (ObjectNode) EventCodec.mapper().valueToTree(SampleEvents.commissionAwarded());
        json.put("awardedBy", "a field a newer producer added");

        assertThat(JsonSchemas.validate("isec.marketplace.CommissionAwarded", 1,
                EventCodec.mapper().writeValueAsBytes(json))).isEmpty();
    }

    @Test
    void malformedJsonIsReportedNotThrown() {
        assertThat(JsonSchemas.validate("isec.membership.MemberApproved", 1, "{\"memberId\":".getBytes()))
                .singleElement().asString().startsWith("data is not valid JSON");
    }

    @Test
    void unknownSchemaIsRefused() {
        assertThatThrownBy(() -> JsonSchemas.validate("isec.membership.MemberApproved", 99, "{}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
