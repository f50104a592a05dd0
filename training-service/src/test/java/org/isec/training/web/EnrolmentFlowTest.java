package org.isec.training.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.SampleEvents;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.contracts.membership.OrganizationProfile;
import org.isec.contracts.training.EnrollmentCancelled;
import org.isec.contracts.training.EnrollmentConfirmed;
import org.isec.contracts.training.EnrollmentWaitlisted;
import org.isec.devstack.junit.WithInfrastructure;
import org.isec.training.MembershipEventSender;
import org.isec.training.TrainingApi;
import org.isec.training.Tokens.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.isec.training.TrainingApi.BASE;
import static org.isec.training.TrainingEventTap.awaitEvent;
import static org.isec.training.Tokens.member;
import static org.isec.training.Tokens.operator;
import static org.isec.training.Tokens.trainer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithInfrastructure
class EnrolmentFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    TrainingApi api;
    Person teacher = Person.newStaff("Giulia Trainer");
    Person amina = Person.newMember("Amina Diallo");
    Person marco = Person.newMember("Marco Chen");

    @BeforeEach
    void setUp() {
        api = new TrainingApi(mvc);
    }

    @Test
    void firstSeatsAreConfirmedThenLearnersWaitAndACancellationPromotesTheFirstInLine() throws Exception {
        String course = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(1));

        var first = api.enrol(member(amina), course);
        assertThat(first.read("$.status", String.class)).isEqualTo("CONFIRMED");
        var second = api.enrol(member(marco), course);
        assertThat(second.read("$.status", String.class)).isEqualTo("WAITLISTED");
        assertThat(second.read("$.waitlistPosition", Integer.class)).isEqualTo(1);
        String firstId = first.read("$.id");
        String secondId = second.read("$.id");

        CloudEvent confirmed = awaitEvent("isec.training.EnrollmentConfirmed", firstId);
        assertThat(IsecCloudEvents.read(confirmed, EnrollmentConfirmed.class).promotedFromWaitlist()).isFalse();
        CloudEvent waitlisted = awaitEvent("isec.training.EnrollmentWaitlisted", secondId);
        assertThat(IsecCloudEvents.read(waitlisted, EnrollmentWaitlisted.class).position()).isEqualTo(1);

        var cancelled = api.cancel(member(amina), firstId);
        assertThat(cancelled.read("$.status", String.class)).isEqualTo("CANCELLED");
        assertThat(IsecCloudEvents.read(awaitEvent("isec.training.EnrollmentCancelled", firstId),
                EnrollmentCancelled.class).seatReleased()).isTrue();

        var promoted = api.enrollment(member(marco), secondId);
        assertThat(promoted.read("$.status", String.class)).isEqualTo("CONFIRMED");
        assertThat(promoted.read("$.promotedFromWaitlist", Boolean.class)).isTrue();
        EnrollmentConfirmed promotion = IsecCloudEvents.read(
                awaitEvent("isec.training.EnrollmentConfirmed", secondId), EnrollmentConfirmed.class);
        assertThat(promotion.promotedFromWaitlist()).isTrue();
        assertThat(promotion.memberId()).isEqualTo(marco.orgId());
        assertThat(promotion.userId()).isEqualTo(marco.userId());
    }

    @Test
    void aPersonEnrolsOnceInACourseButMayEnrolAgainAfterCancelling() throws Exception {
        String course = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(5));
        String id = api.enrol(member(amina), course).read("$.id");

        mvc.perform(post(BASE + "/courses/{id}/enrollments", course).with(member(amina)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_ENROLLED"));

        api.cancel(member(amina), id);
        assertThat(api.enrol(member(amina), course).read("$.status", String.class)).isEqualTo("CONFIRMED");
    }

    @Test
    void suspendedMemberCannotEnrolUntilReinstatedAndRedeliveredEventsChangeNothing() throws Exception {
        String course = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(5));
        Person suspended = Person.newMember("Ivan Petrov");
        MembershipEventSender.send(new MemberApproved(suspended.orgId(), SampleEvents.APPLICATION_ID,
                suspended.userId(), SampleEvents.organization(), SampleEvents.contact(), "1", Instant.now()));
        String suspension = MembershipEventSender.send(new MemberSuspended(suspended.orgId(),
                MemberSuspended.OPERATOR_DECISION, "unpaid fees", null, Instant.now()));
        await().until(() -> "SUSPENDED".equals(standing(suspended.orgId()).getString("status")));

        mvc.perform(post(BASE + "/courses/{id}/enrollments", course).with(member(suspended)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MEMBER_SUSPENDED"));

        MembershipEventSender.send(new MemberReinstated(suspended.orgId(), MemberReinstated.OPERATOR_DECISION, null,
                Instant.now()));
        await().until(() -> "ACTIVE".equals(standing(suspended.orgId()).getString("status")));
        mvc.perform(post(BASE + "/courses/{id}/enrollments", course).with(member(suspended)))
                .andExpect(status().isCreated());

        // The suspension is delivered again (as after a consumer restart), then a profile update on the same
        // partition: once the update shows, the redelivery has been handled, and ignored.
        MembershipEventSender.send(new MemberSuspended(suspended.orgId(), MemberSuspended.OPERATOR_DECISION,
                "unpaid fees", null, Instant.now()), suspension);
        MembershipEventSender.send(new MemberProfileUpdated(suspended.orgId(), organisation("Petrov Impianti Srl"),
                null, List.of("legalName"), Instant.now()));
        await().until(() -> "Petrov Impianti Srl".equals(standing(suspended.orgId()).getString("organisationName")));
        assertThat(standing(suspended.orgId()).getString("status")).isEqualTo("ACTIVE");
        Person colleague = new Person(UUID.randomUUID().toString(), suspended.orgId(), "Olga Petrova");
        mvc.perform(post(BASE + "/courses/{id}/enrollments", course).with(member(colleague)))
                .andExpect(status().isCreated());
    }

    private Document standing(String memberId) {
        Document document = mongo.findById(memberId, Document.class, "members");
        return document == null ? new Document() : document;
    }

    private static OrganizationProfile organisation(String legalName) {
        OrganizationProfile sample = SampleEvents.organization();
        return new OrganizationProfile(legalName, sample.legalForm(), sample.atecoCodes(), sample.region(),
                sample.province(), sample.city(), sample.languages(), sample.capabilities(), sample.employees(),
                sample.foundedYear(), sample.website(), sample.founderTraits());
    }

    @Test
    void enrolmentIsVisibleToLearnerTrainerAndOperatorOnly() throws Exception {
        String course = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(5));
        String id = api.enrol(member(amina), course).read("$.id");

        mvc.perform(get(BASE + "/enrollments/{id}", id).with(member(amina))).andExpect(status().isOk());
        mvc.perform(get(BASE + "/enrollments/{id}", id).with(trainer(teacher))).andExpect(status().isOk());
        mvc.perform(get(BASE + "/enrollments/{id}", id).with(operator(Person.newStaff("Olivia Operator"))))
                .andExpect(status().isOk());
        mvc.perform(get(BASE + "/enrollments/{id}", id).with(member(marco))).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/enrollments/{id}", id).with(trainer(Person.newStaff("Other Trainer"))))
                .andExpect(status().isNotFound());
        mvc.perform(delete(BASE + "/enrollments/{id}", id).with(member(marco)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOperatorCancelsALearnersEnrolmentOnlyWithAReason() throws Exception {
        String course = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(5));
        String id = api.enrol(member(amina), course).read("$.id");
        Person olivia = Person.newStaff("Olivia Operator");

        mvc.perform(delete(BASE + "/enrollments/{id}", id).with(operator(olivia)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(delete(BASE + "/enrollments/{id}", id).param("reason", "duplicate registration")
                        .with(operator(olivia)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        Document stored = mongo.findById(id, Document.class, "enrollments");
        assertThat(stored.getString("cancelledBy")).isEqualTo(olivia.userId());
        assertThat(stored.getString("cancellationReason")).isEqualTo("duplicate registration");
        // The trainer sees the enrolment but cannot cancel it.
        String other = api.enrol(member(marco), course).read("$.id");
        mvc.perform(delete(BASE + "/enrollments/{id}", other).param("reason", "no").with(trainer(teacher)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_LEARNER"));
    }

    @Test
    void mineListsOnlyTheCallersEnrolmentsWithTheirWaitlistPosition() throws Exception {
        String full = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(1));
        String open = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(3));
        Person learner = Person.newMember("Fatou Sow");
        api.enrol(member(marco), full);
        api.enrol(member(learner), full);
        api.enrol(member(learner), open);

        mvc.perform(get(BASE + "/enrollments").param("mine", "true").with(member(learner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[?(@.courseId == '%s')].status".formatted(full)).value("WAITLISTED"))
                .andExpect(jsonPath("$[?(@.courseId == '%s')].waitlistPosition".formatted(full)).value(1))
                .andExpect(jsonPath("$[?(@.courseId == '%s')].status".formatted(open)).value("CONFIRMED"));
    }

    @Test
    void onlyMembersWithAnOrganisationEnrol() throws Exception {
        String course = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(3));
        mvc.perform(post(BASE + "/courses/{id}/enrollments", course).with(trainer(teacher)))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/courses/{id}/enrollments", course)
                        .with(member(new Person(UUID.randomUUID().toString(), null, "No Org"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NO_ORGANISATION"));
        mvc.perform(post(BASE + "/courses/{id}/enrollments", UUID.randomUUID()).with(member(amina)))
                .andExpect(status().isNotFound());
    }

}
