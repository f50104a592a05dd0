package org.isec.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PartnerViewTest {

    static Stream<IsecEvent> partnerVisibleSamples() {
        return SampleEvents.all().stream().filter(e -> EventTypes.of(e.getClass()).partnerVisible());
    }

    @Test
    void memberApprovedLeavesWithOrganisationFactsButNoPersonalData() {
        JsonNode view = partnerView(SampleEvents.memberApproved());

        assertThat(view.has("contact")).isFalse();
        assertThat(view.has("userId")).isFalse();
        assertThat(view.get("organization").has("founderTraits")).isFalse();
        assertThat(view.get("organization").get("legalName").asString()).isEqualTo("Sapori del Nilo S.r.l.");
        assertThat(view.get("memberId").asString()).isEqualTo(SampleEvents.MEMBER_ID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerVisibleSamples")
    void everyPersonalComponentAtAnyDepthIsAbsentFromThePartnerView(IsecEvent sample) {
        List<String> personalPaths = personalPaths(sample);
        JsonNode view = partnerView(sample);

        assertThat(personalPaths).allSatisfy(path -> assertThat(view.at(path).isMissingNode()).as(path).isTrue());
        assertThat(EventCodec.mapper().valueToTree(sample).at("/" + nonPersonalComponent(sample)).isMissingNode())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerVisibleSamples")
    void partnerViewStillValidatesAgainstTheSchema(IsecEvent sample) {
        EventDescriptor d = EventTypes.of(sample.getClass());
        assertThat(JsonSchemas.validate(d.type(), d.version(), EventCodec.partnerView(d.type(), EventCodec.toJson(sample))))
                .isEmpty();
    }

    @Test
    void propertiesThisBuildDoesNotKnowNeverLeave() {
        ObjectNode json = (ObjectNode) EventCodec.mapper().valueToTree(SampleEvents.certificateIssued());
        json.put("holderFullName", "Amina Haddad");

        byte[] view = EventCodec.partnerView("isec.training.CertificateIssued", EventCodec.mapper().writeValueAsBytes(json));

        assertThat(new String(view)).doesNotContain("Amina").contains(SampleEvents.VERIFICATION_CODE);
    }

    @Test
    void eventsThatAreNotPartnerVisibleAreRefused() {
        assertThatThrownBy(() -> EventCodec.partnerView("isec.marketplace.BidSubmitted",
                EventCodec.toJson(SampleEvents.bidSubmitted())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not partner-visible");
        assertThatThrownBy(() -> EventCodec.partnerView("isec.nowhere.Nothing", "{}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown event type");
    }

    @Test
    void personalDataIsStrippedInsideListsAndMapsOfNestedRecords() {
        Team team = new Team("t1", List.of(new Person("Amina", "amina@example.org", "ar")),
                Map.of("lead", new Person("Marco", "marco@example.org", "it")));
        JsonNode tree = EventCodec.mapper().valueToTree(team);

        PersonalDataStripper.strip(Team.class, tree);

        assertThat(tree.get("id").asString()).isEqualTo("t1");
        assertThat(tree.get("people").get(0).propertyNames()).containsExactly("language");
        assertThat(tree.get("byRole").get("lead").propertyNames()).containsExactly("language");
    }

    record Person(@PersonalData String name, @PersonalData String email, String language) {
    }

    record Team(String id, List<Person> people, Map<String, Person> byRole) {
    }

    private static JsonNode partnerView(IsecEvent event) {
        return EventCodec.mapper().readTree(
                EventCodec.partnerView(EventTypes.of(event.getClass()).type(), EventCodec.toJson(event)));
    }

    /** JSON pointers of every non-null @PersonalData component, found by walking the object, not its JSON. */
    private static List<String> personalPaths(Object value) {
        List<String> found = new ArrayList<>();
        collect(value, "", found);
        return found;
    }

    private static void collect(Object value, String path, List<String> found) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "/" + i, found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> collect(v, path + "/" + key, found));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object held = accessor(component, value);
                if (held != null && component.isAnnotationPresent(PersonalData.class)) {
                    found.add(path + "/" + component.getName());
                } else {
                    collect(held, path + "/" + component.getName(), found);
                }
            }
        }
    }

    private static String nonPersonalComponent(Object event) {
        return java.util.Arrays.stream(event.getClass().getRecordComponents())
                .filter(c -> !c.isAnnotationPresent(PersonalData.class))
                .findFirst().orElseThrow().getName();
    }

    private static Object accessor(RecordComponent component, Object value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
