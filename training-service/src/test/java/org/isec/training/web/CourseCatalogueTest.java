package org.isec.training.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.training.CoursePublished;
import org.isec.devstack.junit.WithInfrastructure;
import org.isec.training.TrainingApi;
import org.isec.training.Tokens.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.isec.training.TrainingApi.BASE;
import static org.isec.training.TrainingEventTap.awaitEvent;
import static org.isec.training.Tokens.member;
import static org.isec.training.Tokens.operator;
import static org.isec.training.Tokens.trainer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithInfrastructure
class CourseCatalogueTest {

    @Autowired
    MockMvc mvc;

    TrainingApi api;
    Person teacher = Person.newStaff("Giulia Trainer");
    Person reader = Person.newMember("Amina Diallo");

    @BeforeEach
    void setUp() {
        api = new TrainingApi(mvc);
    }

    @Test
    void trainerPublishesACourseShownInRomeTimeAndAnnouncedWithCoursePublished() throws Exception {
        String body = """
                {"title": {"it": "Partecipare agli appalti pubblici", "en": "Bidding for public contracts"},
                 "topic": "PUBLIC_PROCUREMENT", "format": "IN_PERSON", "languages": ["it", "en"], "capacity": 25,
                 "sessions": [{"start": "2037-02-10T08:30:00Z", "end": "2037-02-10T12:00:00Z",
                               "location": "Via Roma 1, Milano"}]}
                """;
        String id = TrainingApi.json(mvc.perform(post(BASE + "/courses").with(trainer(teacher))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(BASE + "/courses/")))
                .andExpect(jsonPath("$.trainerId").value(teacher.userId()))
                .andExpect(jsonPath("$.sessions[0].start").value("2037-02-10T09:30:00+01:00"))
                .andExpect(jsonPath("$.sessions[0].timeZone").value("Europe/Rome"))
                .andExpect(jsonPath("$.seats.capacity").value(25))
                .andExpect(jsonPath("$.seats.available").value(25))
                .andReturn()).read("$.id");

        CoursePublished published = IsecCloudEvents.read(awaitEvent("isec.training.CoursePublished", id),
                CoursePublished.class);
        assertThat(published.capacity()).isEqualTo(25);
        assertThat(published.format()).isEqualTo(CoursePublished.IN_PERSON);
        assertThat(published.trainerId()).isEqualTo(teacher.userId());
        assertThat(published.sessions()).hasSize(1);
    }

    @Test
    void invalidCourseIsRefusedNamingEveryBadField() throws Exception {
        String body = """
                {"title": {"fr": "Seulement en français", "xx": "?"}, "topic": "ASTROLOGY", "format": "WEBINAR",
                 "languages": ["it", "english"], "capacity": 0,
                 "sessions": [{"start": "2037-02-10T12:00:00+01:00", "end": "2037-02-10T09:00:00+01:00",
                               "meetingLink": "ftp://example.org"}]}
                """;
        mvc.perform(post(BASE + "/courses").with(trainer(teacher)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "title.xx", "topic",
                        "languages[1]", "capacity", "sessions[0].end", "sessions[0].meetingLink")));
    }

    @Test
    void scheduledCoursesNeedCapacityAndSessionsInTheFuture() throws Exception {
        String body = """
                {"title": {"en": "Webinar"}, "topic": "DIGITAL", "format": "WEBINAR", "languages": ["en"],
                 "sessions": [{"start": "2001-02-10T09:00:00+01:00", "end": "2001-02-10T10:00:00+01:00",
                               "meetingLink": "https://meet.example.org/x"}]}
                """;
        mvc.perform(post(BASE + "/courses").with(trainer(teacher)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("capacity", "sessions[0].start")));
    }

    @Test
    void unreadableDatesAreA400NamingTheField() throws Exception {
        String body = """
                {"title": {"en": "x"}, "topic": "DIGITAL", "format": "WEBINAR", "languages": ["en"], "capacity": 3,
                 "sessions": [{"start": "tomorrow", "end": "2037-02-10T10:00:00+01:00"}]}
                """;
        mvc.perform(post(BASE + "/courses").with(trainer(teacher)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sessions[0].start"));
    }

    @Test
    void membersCannotPublishAndTrainersCannotPublishForSomeoneElse() throws Exception {
        mvc.perform(post(BASE + "/courses").with(member(reader)).contentType(MediaType.APPLICATION_JSON)
                        .content(TrainingApi.inPersonCourse(5)))
                .andExpect(status().isForbidden());
        String forOther = TrainingApi.inPersonCourse(5).replace("\"capacity\"",
                "\"trainerId\": \"" + Person.newStaff("Other").userId() + "\", \"capacity\"");
        mvc.perform(post(BASE + "/courses").with(trainer(teacher)).contentType(MediaType.APPLICATION_JSON)
                        .content(forOther))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("trainerId"));
        mvc.perform(post(BASE + "/courses").with(operator(Person.newStaff("Olivia Operator")))
                        .contentType(MediaType.APPLICATION_JSON).content(forOther))
                .andExpect(status().isCreated());
    }

    @Test
    void catalogueFiltersByTopicLanguageFormatAndUpcoming() throws Exception {
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3);
        String webinar = api.publishCourse(trainer(teacher), """
                {"title": {"fr": "Le marketing digital", "it": "Marketing digitale"}, "topic": "MARKETING",
                 "format": "WEBINAR", "languages": ["fr"], "capacity": 40,
                 "sessions": [{"start": "%s", "end": "%s", "meetingLink": "https://meet.example.org/mkt"}]}
                """.formatted(soon, soon.plusHours(2)));
        String selfPaced = api.publishCourse(trainer(teacher), """
                {"title": {"en": "Hiring your first employee"}, "topic": "HR", "format": "SELF_PACED",
                 "languages": ["en", "ar"]}
                """);

        mvc.perform(get(BASE + "/courses").param("topic", "MARKETING").param("language", "fr")
                        .param("size", "100").with(member(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(webinar)))
                .andExpect(jsonPath("$.items[*].topic", everyItem(is("MARKETING"))));
        mvc.perform(get(BASE + "/courses").param("language", "ar").param("format", "SELF_PACED")
                        .param("size", "100").with(member(reader)))
                .andExpect(jsonPath("$.items[*].id", hasItem(selfPaced)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(webinar))));
        mvc.perform(get(BASE + "/courses").param("upcoming", "true").param("size", "100").with(member(reader)))
                .andExpect(jsonPath("$.items[*].id", hasItem(webinar)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(selfPaced))));
        mvc.perform(get(BASE + "/courses").param("size", "1").param("page", "1").with(member(reader)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalItems").isNumber());
    }

    @Test
    void badCatalogueFiltersAreNamed() throws Exception {
        mvc.perform(get(BASE + "/courses").param("topic", "ASTROLOGY").param("language", "english")
                        .param("size", "1000").with(member(reader)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("topic", "language", "size")));
        mvc.perform(get(BASE + "/courses").param("page", "first").with(member(reader)))
                .andExpect(status().isBadRequest());
        mvc.perform(get(BASE + "/courses")).andExpect(status().isUnauthorized());
    }

    @Test
    void openApiDocumentDescribesTheApiWithoutTheTokenAsAParameter() throws Exception {
        mvc.perform(get(BASE + "/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/training/courses/{id}/enrollments'].post").exists())
                .andExpect(jsonPath("$.paths['/api/training/certificates/{code}/pdf'].get").exists())
                .andExpect(jsonPath("$.paths['/api/training/courses/{id}/enrollments'].post.parameters[*].name",
                        not(hasItem("token"))));
    }
}
