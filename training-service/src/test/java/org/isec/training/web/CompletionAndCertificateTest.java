package org.isec.training.web;

import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.SampleEvents;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.OrganizationProfile;
import org.isec.contracts.training.CertificateIssued;
import org.isec.contracts.training.CourseCompleted;
import org.isec.devstack.junit.WithInfrastructure;
import org.isec.training.MembershipEventSender;
import org.isec.training.TrainingApi;
import org.isec.training.Tokens.Person;
import org.isec.training.domain.courses.EthicsCourse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.isec.training.TrainingApi.BASE;
import static org.isec.training.TrainingEventTap.awaitEvent;
import static org.isec.training.Tokens.member;
import static org.isec.training.Tokens.operator;
import static org.isec.training.Tokens.trainer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithInfrastructure
class CompletionAndCertificateTest {

    static final String CODE = "^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$";

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    TrainingApi api;
    Person teacher = Person.newStaff("Giulia Trainer");
    Person amina = Person.newMember("Amina Diallo");

    @BeforeEach
    void setUp() {
        api = new TrainingApi(mvc);
    }

    @Test
    void theTrainerCompletesAnEnrolmentAndAnyoneCanVerifyTheCertificateWithoutAToken() throws Exception {
        MembershipEventSender.send(new MemberApproved(amina.orgId(), SampleEvents.APPLICATION_ID, amina.userId(),
                organisation("Sartoria Baobab Srl"), SampleEvents.contact(), "1", Instant.now()));
        String course = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(10));
        String enrollment = api.enrol(member(amina), course).read("$.id");
        await().untilAsserted(() -> assertThat(organisationOf(amina)).isEqualTo("Sartoria Baobab Srl"));

        var certificate = api.complete(trainer(teacher), enrollment);
        String code = certificate.read("$.verificationCode");
        assertThat(code).matches(CODE);
        assertThat(certificate.read("$.learnerName", String.class)).isEqualTo("Amina Diallo");
        assertThat(certificate.read("$.language", String.class)).isEqualTo("it");
        assertThat(certificate.read("$.course.title", String.class)).isEqualTo("Partecipare agli appalti pubblici");

        CourseCompleted completed = IsecCloudEvents.read(awaitEvent("isec.training.CourseCompleted", enrollment),
                CourseCompleted.class);
        assertThat(completed.courseTopic()).isEqualTo("PUBLIC_PROCUREMENT");
        assertThat(completed.memberId()).isEqualTo(amina.orgId());
        String certificateId = certificate.read("$.certificateId");
        CertificateIssued issued = IsecCloudEvents.read(awaitEvent("isec.training.CertificateIssued", certificateId),
                CertificateIssued.class);
        assertThat(issued.verificationCode()).isEqualTo(code);
        assertThat(issued.enrollmentId()).isEqualTo(enrollment);

        mvc.perform(get(BASE + "/certificates/{code}", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.holder.name").value("Amina Diallo"))
                .andExpect(jsonPath("$.holder.organisation").value("Sartoria Baobab Srl"))
                .andExpect(jsonPath("$.course.title").value("Partecipare agli appalti pubblici"))
                .andExpect(jsonPath("$.completedOn").isNotEmpty())
                .andExpect(content().string(not(containsString(amina.userId()))))
                .andExpect(content().string(not(containsString("@example.org"))));
        // Typed from paper: lower case, no hyphens, O for 0 and l for 1 still find it.
        String typed = code.replace("-", "").toLowerCase().replace('0', 'o').replace('1', 'l');
        mvc.perform(get(BASE + "/certificates/{code}", typed)).andExpect(status().isOk())
                .andExpect(jsonPath("$.verificationCode").value(code));

        byte[] pdf = mvc.perform(get(BASE + "/certificates/{code}/pdf", code))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text = textOf(pdf);
        assertThat(text).contains(code, "Amina Diallo", "Sartoria Baobab Srl", "Partecipare agli appalti pubblici",
                "Attestato di completamento");
    }

    @Test
    void unknownOrMalformedCodesAreNotFound() throws Exception {
        mvc.perform(get(BASE + "/certificates/{code}", "K7QX-M2PA-9WZR-4TNB")).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/certificates/{code}", "not-a-code")).andExpect(status().isNotFound());
        mvc.perform(get(BASE + "/certificates/{code}/pdf", "K7QX-M2PA-9WZR-4TNB")).andExpect(status().isNotFound());
    }

    @Test
    void completingTwiceReturnsTheSameCertificate() throws Exception {
        String course = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(10));
        String enrollment = api.enrol(member(amina), course).read("$.id");
        String first = api.complete(trainer(teacher), enrollment).read("$.verificationCode");
        String again = api.complete(trainer(teacher), enrollment).read("$.verificationCode");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void onlyTheCoursesTrainerOrAnOperatorRecordsCompletion() throws Exception {
        String course = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(10));
        String enrollment = api.enrol(member(amina), course).read("$.id");

        mvc.perform(post(BASE + "/enrollments/{id}/complete", enrollment).with(trainer(Person.newStaff("Other"))))
                .andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/enrollments/{id}/complete", enrollment).with(member(amina)))
                .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/enrollments/{id}/complete", enrollment)
                        .with(operator(Person.newStaff("Olivia Operator")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"en\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.course.title").value("Bidding for public contracts"))
                .andExpect(jsonPath("$.verificationCode").value(matchesPattern(CODE)));
    }

    @Test
    void waitlistedOrCancelledEnrolmentsCannotBeCompleted() throws Exception {
        String course = api.publishCourse(trainer(teacher), TrainingApi.inPersonCourse(1));
        api.enrol(member(Person.newMember("Seated Learner")), course);
        String waiting = api.enrol(member(amina), course).read("$.id");
        mvc.perform(post(BASE + "/enrollments/{id}/complete", waiting).with(trainer(teacher)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_CONFIRMED"));
    }

    @Test
    void completingTheBuiltInEthicsCourseTellsMembershipWithTheEthicsTopic() throws Exception {
        await().until(() -> mvc.perform(get(BASE + "/courses/{id}", EthicsCourse.ID).with(member(amina)))
                .andReturn().getResponse().getStatus() == 200);
        mvc.perform(get(BASE + "/courses/{id}", EthicsCourse.ID).with(member(amina)))
                .andExpect(jsonPath("$.topic").value("ETHICS"))
                .andExpect(jsonPath("$.format").value("SELF_PACED"))
                .andExpect(jsonPath("$.title.ar").isNotEmpty())
                .andExpect(jsonPath("$.title.zh").isNotEmpty());
        Person learner = Person.newMember("Chen Wei");
        String enrollment = api.enrol(member(learner), EthicsCourse.ID).read("$.id");

        // The built-in course has no trainer of its own: any trainer may record it.
        api.complete(trainer(teacher), enrollment);

        CourseCompleted completed = IsecCloudEvents.read(awaitEvent("isec.training.CourseCompleted", enrollment),
                CourseCompleted.class);
        assertThat(completed.courseTopic()).isEqualTo(CourseCompleted.ETHICS_TOPIC);
        assertThat(completed.courseId()).isEqualTo(EthicsCourse.ID);
        assertThat(completed.memberId()).isEqualTo(learner.orgId());
    }

    private String organisationOf(Person person) {
        Document document = mongo.findById(person.orgId(), Document.class, "members");
        return document == null ? null : document.getString("organisationName");
    }

    private static OrganizationProfile organisation(String legalName) {
        OrganizationProfile sample = SampleEvents.organization();
        return new OrganizationProfile(legalName, sample.legalForm(), sample.atecoCodes(), sample.region(),
                sample.province(), sample.city(), sample.languages(), sample.capabilities(), sample.employees(),
                sample.foundedYear(), sample.website(), sample.founderTraits());
    }

    static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

}
