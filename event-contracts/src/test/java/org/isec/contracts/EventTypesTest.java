package org.isec.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.isec.contracts.marketplace.CommissionAwarded;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.training.CourseCompleted;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void registryHoldsTheWholeCatalogueWithoutDuplicateTypes() {
        List<String> typeVersions = EventTypes.all().stream().map(d -> d.type() + ":v" + d.version()).toList();
        assertThat(typeVersions).hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void topicSourceAndDataSchemaDeriveFromTheTypesServiceSegment() {
        EventDescriptor d = EventTypes.of(MemberApproved.class);

        assertThat(d.type()).isEqualTo("isec.membership.MemberApproved");
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.topic()).isEqualTo(Topics.MEMBERSHIP);
        assertThat(d.source()).isEqualTo("/isec/membership");
        assertThat(d.dataSchema()).isEqualTo("urn:isec:schema:isec.membership.MemberApproved:v1");
        assertThat(d.schemaResource()).isEqualTo("schemas/isec.membership.MemberApproved.v1.json");
        assertThat(EventTypes.of(CommissionAwarded.class).topic()).isEqualTo(Topics.MARKETPLACE);
        assertThat(EventTypes.of(CourseCompleted.class).source()).isEqualTo("/isec/training");
    }

    @Test
    void everyEventIsPublishedOnAKnownTopicByTheServiceWhosePackageHoldsIt() {
        assertThat(EventTypes.all()).allSatisfy(d -> {
            assertThat(d.topic()).isIn(Topics.MEMBERSHIP, Topics.MARKETPLACE, Topics.ADVISORY, Topics.TRAINING);
            assertThat(d.javaType().getPackageName()).isEqualTo("org.isec.contracts." + d.topic().substring(5));
            assertThat(d.type()).endsWith("." + d.javaType().getSimpleName().replaceFirst("V\\d+$", ""));
            assertThat(d.javaType().isRecord()).isTrue();
        });
    }

    @Test
    void partnerVisibleTypesAreTheOnesChosenToLeaveThePlatform() {
        assertThat(EventTypes.partnerVisibleTypes()).containsExactlyInAnyOrder(
                "isec.membership.MemberApproved", "isec.membership.CharterPublished",
                "isec.marketplace.CommissionPublished", "isec.marketplace.CommissionAwarded",
                "isec.marketplace.CommissionCompleted", "isec.advisory.FundingOpportunityPublished",
                "isec.training.CoursePublished", "isec.training.CertificateIssued");
    }

    @Test
    void lookupByTypeAndByDataSchema() {
        assertThat(EventTypes.byType("isec.membership.MemberApproved")).map(EventDescriptor::javaType)
                .contains(MemberApproved.class);
        assertThat(EventTypes.byType("isec.membership.MemberApproved", 1)).isPresent();
        assertThat(EventTypes.byType("isec.membership.MemberApproved", 2)).isEmpty();
        assertThat(EventTypes.byDataSchema("urn:isec:schema:isec.training.CourseCompleted:v1"))
                .map(EventDescriptor::javaType).contains(CourseCompleted.class);
        assertThat(EventTypes.byType("isec.membership.MemberAbducted")).isEmpty();
    }

    @Test
    void unregisteredRecordIsRefused() {
        assertThatThrownBy(() -> EventTypes.of(Unregistered.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a registered event");
    }

    @Test
    void malformedWireTypeIsRefused() {
        assertThatThrownBy(() -> EventDescriptor.describe(BadlyNamed.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("isec.<service>.<EventName>");
    }

    @Test
    void deadLetterTopicIsTheTopicWithDltSuffix() {
        assertThat(Topics.dlt(Topics.MARKETPLACE)).isEqualTo("isec.marketplace.dlt");
    }

    @EventType("isec.membership.Unregistered")
    record Unregistered(String id) implements IsecEvent {
        @Override
        public String subject() {
            return id;
        }
    }

    @EventType("MemberApproved")
    record BadlyNamed(String id) implements IsecEvent {
        @Override
        public String subject() {
            return id;
        }
    }
}
