package org.isec.training.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.isec.defaults.security.Caller;
import org.isec.training.domain.courses.CatalogueFilter;
import org.isec.training.domain.courses.Course;
import org.isec.training.domain.courses.CourseDraft;
import org.isec.training.domain.courses.CourseService;
import org.isec.training.domain.enrolment.Enrollment;
import org.isec.training.domain.enrolment.EnrollmentService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/training/courses")
class CourseController {

    private final CourseService courses;
    private final EnrollmentService enrollments;
    private final Clock clock;

    CourseController(CourseService courses, EnrollmentService enrollments, Clock clock) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('TRAINER', 'OPERATOR')")
    ResponseEntity<CourseResponse> publish(@RequestBody CourseDraft draft, Caller caller) {
        Course course = courses.publish(draft, caller);
        return ResponseEntity.created(URI.create("/api/training/courses/" + course.getId())).body(view(course));
    }

    @GetMapping
    PageResponse<CourseResponse> catalogue(@RequestParam(required = false) String topic,
                                           @RequestParam(required = false) String language,
                                           @RequestParam(required = false) String format,
                                           @RequestParam(defaultValue = "false") boolean upcoming,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(courses.catalogue(new CatalogueFilter(topic, language, format, upcoming), page, size)
                .map(this::view));
    }

    @GetMapping("/{id}")
    CourseResponse course(@PathVariable String id) {
        return view(courses.require(id));
    }

    @PostMapping("/{id}/enrollments")
    @PreAuthorize("hasRole('MEMBER')")
    ResponseEntity<EnrollmentResponse> enrol(@PathVariable String id, Caller caller,
                                             @AuthenticationPrincipal Jwt token) {
        Enrollment enrollment = enrollments.enrol(id, Learners.from(caller, token));
        return ResponseEntity.created(URI.create("/api/training/enrollments/" + enrollment.getId()))
                .body(EnrollmentResponse.of(enrollment, enrollments.positionOf(enrollment)));
    }

    /** The roster, for the course's trainer and operators. */
    @GetMapping("/{id}/enrollments")
    @PreAuthorize("hasAnyRole('TRAINER', 'OPERATOR')")
    List<EnrollmentResponse> roster(@PathVariable String id, Caller caller) {
        return enrollments.ofCourse(id, caller).stream()
                .map(e -> EnrollmentResponse.of(e, enrollments.positionOf(e))).toList();
    }

    private CourseResponse view(Course course) {
        return CourseResponse.of(course, enrollments.seats(course), clock.instant());
    }
}
