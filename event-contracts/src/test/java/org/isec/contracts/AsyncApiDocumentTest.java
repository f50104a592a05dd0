package org.isec.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class AsyncApiDocumentTest {

    private static Map<String, Object> document;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            document = new Yaml().load(in);
        }
    }

    @Test
    void isAnAsyncApi3DocumentWithOneChannelPerTopic() {
        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        List<Object> addresses = map(document, "channels").values().stream()
                .map(channel -> asMap(channel).get("address")).toList();
        assertThat(addresses).containsExactlyInAnyOrder(Topics.MEMBERSHIP, Topics.MARKETPLACE, Topics.ADVISORY,
                Topics.TRAINING);
    }

    @Test
    void namesEveryRegisteredTypeAsAMessageAndNothingElse() {
        List<Object> names = map(document, "components", "messages").values().stream()
                .map(message -> asMap(message).get("name")).toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                EventTypes.all().stream().map(EventDescriptor::type).toList());
    }

    @Test
    void everyMessagePointsAtItsSchemaAndFlagsPartnerVisibilityAsTheRegistryDoes() {
        for (EventDescriptor d : EventTypes.all()) {
            Map<String, Object> message = message(d.type());
            assertThat(map(message, "payload").get("$ref")).as(d.type()).isEqualTo("./" + d.schemaResource());
            assertThat(getClass().getClassLoader().getResource(d.schemaResource())).as(d.schemaResource()).isNotNull();
            assertThat(message.get("x-partner-visible")).as(d.type()).isEqualTo(d.partnerVisible());
            assertThat(map(message, "headers").get("$ref")).isEqualTo("#/components/schemas/CloudEventKafkaHeaders");
            assertThat(map(message, "bindings", "kafka", "key").get("description")).asString().contains("subject");
        }
    }

    @Test
    void everyMessageIsOnTheChannelOfItsTopic() {
        for (EventDescriptor d : EventTypes.all()) {
            String simpleName = d.type().substring(d.type().lastIndexOf('.') + 1);
            Map<String, Object> channel = map(document, "channels").values().stream()
                    .map(AsyncApiDocumentTest::asMap)
                    .filter(c -> d.topic().equals(c.get("address")))
                    .findFirst().orElseThrow();
            assertThat(map(channel, "messages")).as(d.type()).containsKey(simpleName);
        }
    }

    @Test
    void headersAreTheCloudEventsBinaryModeHeaders() {
        Map<String, Object> headers = map(document, "components", "schemas", "CloudEventKafkaHeaders");
        assertThat(map(headers, "properties").keySet()).contains("ce_specversion", "ce_id", "ce_source", "ce_type",
                "ce_subject", "ce_time", "ce_dataschema", "content-type");
    }

    private static Map<String, Object> message(String type) {
        return map(document, "components", "messages").values().stream()
                .map(AsyncApiDocumentTest::asMap)
                .filter(m -> type.equals(m.get("name")))
                .collect(Collectors.collectingAndThen(Collectors.toList(), list -> {
                    assertThat(list).as(type).hasSize(1);
                    return list.getFirst();
                }));
    }

    private static Map<String, Object> map(Map<String, Object> from, String... path) {
        Map<String, Object> current = from;
        for (String key : path) {
            current = asMap(current.get(key));
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
