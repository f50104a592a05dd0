package org.isec.training.domain.courses;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.isec.defaults.problem.InvalidField;
import org.isec.defaults.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CourseRulesTest {

    static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");
    static final OffsetDateTime START = OffsetDateTime.of(2027, 2, 10, 9, 30, 0, 0, ZoneOffset.ofHours(1));

    static CourseDraft inPerson(Integer capacity, CourseDraft.SessionDraft... sessions) {
        return new CourseDraft(Map.of("it", "Appalti pubblici"), null, "PUBLIC_PROCUREMENT", "IN_PERSON",
                List.of("it"), capacity, List.of(sessions), null);
    }

    static List<String> fields(CourseDraft draft) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> CourseRules.check(draft, NOW));
        return e == null ? List.of() : e.errors().stream().map(InvalidField::field).toList();
    }

    @Test
    void aCompleteInPersonCoursePasses() {
        assertThatCode(() -> CourseRules.check(inPerson(25,
                new CourseDraft.SessionDraft(START, START.plusHours(3), "Via Roma 1, Milano", null)), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void scheduledCoursesNeedAtLeastOneSeat() {
        var session = new CourseDraft.SessionDraft(START, START.plusHours(3), "Via Roma 1", null);
        assertThat(fields(inPerson(null, session))).containsExactly("capacity");
        assertThat(fields(inPerson(0, session))).containsExactly("capacity");
    }

    @Test
    void aSessionEndsAfterItStartsAndInPersonSessionsHaveAPlace() {
        assertThat(fields(inPerson(5, new CourseDraft.SessionDraft(START, START, " ", null))))
                .containsExactlyInAnyOrder("sessions[0].end", "sessions[0].location");
    }

    @Test
    void webinarsNeedAnHttpsMeetingLink() {
        CourseDraft webinar = new CourseDraft(Map.of("en", "Webinar"), null, "DIGITAL", "WEBINAR", List.of("en"), 50,
                List.of(new CourseDraft.SessionDraft(START, START.plusHours(1), null, "http://meet.example.org")),
                null);
        assertThat(fields(webinar)).containsExactly("sessions[0].meetingLink");
    }

    @Test
    void selfPacedCoursesHaveNoSessionsAndNeedNoCapacity() {
        CourseDraft selfPaced = new CourseDraft(Map.of("en", "Basics"), null, "HR", "SELF_PACED", List.of("en"), null,
                List.of(), null);
        assertThatCode(() -> CourseRules.check(selfPaced, NOW)).doesNotThrowAnyException();
        CourseDraft withSession = new CourseDraft(Map.of("en", "Basics"), null, "HR", "SELF_PACED", List.of("en"),
                null, List.of(new CourseDraft.SessionDraft(START, START.plusHours(1), null, null)), null);
        assertThat(fields(withSession)).containsExactly("sessions");
    }

    @Test
    void theTitleNeedsItalianOrEnglishAndLanguagesAreIso6391() {
        CourseDraft draft = new CourseDraft(Map.of("fr", "Marketing", "fra", "x"), null, "MARKETING", "SELF_PACED",
                List.of("fr", "fr", "fra"), null, List.of(), "not-a-uuid");
        assertThat(fields(draft)).containsExactlyInAnyOrder("title", "title.fra", "languages[1]", "languages[2]",
                "trainerId");
    }

    @Test
    void unknownTopicAndFormatAreNamed() {
        CourseDraft draft = new CourseDraft(Map.of("it", "x"), null, "ASTROLOGY", "HYBRID", List.of("it"), 3,
                List.of(), null);
        assertThat(fields(draft)).containsExactlyInAnyOrder("topic", "format");
    }
}
