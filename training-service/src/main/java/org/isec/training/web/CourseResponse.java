package org.isec.training.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.isec.training.domain.courses.Course;
import org.isec.training.domain.enrolment.EnrollmentService.SeatCounts;

/** A course as the catalogue shows it; session times in Europe/Rome, the consortium's business time. */
record CourseResponse(String id, Map<String, String> title, Map<String, String> description, String topic,
                      String format, List<String> languages, Integer capacity, List<SessionResponse> sessions,
                      String trainerId, boolean builtIn, boolean openForEnrolment, SeatCounts seats,
                      Instant publishedAt) {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    record SessionResponse(OffsetDateTime start, OffsetDateTime end, String timeZone, String location,
                           String meetingLink) {
    }

    static CourseResponse of(Course course, SeatCounts seats, Instant now) {
        return new CourseResponse(course.getId(), course.getTitle(), course.getDescription(),
                course.getTopic().name(), course.getFormat().name(), course.getLanguages(), course.getCapacity(),
                course.getSessions().stream().map(s -> new SessionResponse(
                        s.start().atZone(ROME).toOffsetDateTime(), s.end().atZone(ROME).toOffsetDateTime(),
                        ROME.getId(), s.location(), s.meetingLink())).toList(),
                course.getTrainerId(), course.isBuiltIn(), course.isOpenForEnrolment(now), seats,
                course.getPublishedAt());
    }
}
