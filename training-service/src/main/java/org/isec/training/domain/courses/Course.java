package org.isec.training.domain.courses;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.isec.contracts.training.CoursePublished;
import org.isec.contracts.training.CourseSession;
import org.isec.defaults.outbox.AggregateRoot;
import org.isec.training.domain.Languages;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A course in the catalogue. Seats and the waitlist are not here but in the course's seat ledger, so that
 * enrolments never contend on the course document itself.
 */
@Document(Course.COLLECTION)
public class Course extends AggregateRoot {

    static final String COLLECTION = "courses";

    @Id
    private String id;
    private Map<String, String> title;
    private Map<String, String> description;
    private Topic topic;
    private CourseFormat format;
    private List<String> languages;
    private Integer capacity;
    private List<Session> sessions;
    private String trainerId;
    private String publishedBy;
    private Instant publishedAt;
    /** Start of the first session, end of the last: what the catalogue filters and sorts on. */
    private Instant firstStart;
    private Instant lastEnd;
    private boolean builtIn;

    Course() {
    }

    static Course publish(String id, CourseDraft draft, String trainerId, String publishedBy, boolean builtIn,
                          Instant now) {
        Course course = new Course();
        course.id = id;
        course.title = Map.copyOf(draft.title());
        course.description = draft.description() == null ? Map.of() : Map.copyOf(draft.description());
        course.topic = CourseRules.parse(Topic.class, draft.topic());
        course.format = CourseRules.parse(CourseFormat.class, draft.format());
        course.languages = List.copyOf(draft.languages());
        course.capacity = draft.capacity();
        course.sessions = draft.sessions() == null ? List.of() : draft.sessions().stream()
                .map(s -> new Session(s.start().toInstant(), s.end().toInstant(), blankToNull(s.location()),
                        blankToNull(s.meetingLink())))
                .sorted(Comparator.comparing(Session::start))
                .toList();
        course.firstStart = course.sessions.isEmpty() ? null : course.sessions.getFirst().start();
        course.lastEnd = course.sessions.stream().map(Session::end).max(Comparator.naturalOrder()).orElse(null);
        course.trainerId = trainerId;
        course.publishedBy = publishedBy;
        course.publishedAt = now;
        course.builtIn = builtIn;
        course.raise(new CoursePublished(id, course.title, course.topic.name(), course.format.name(), course.languages,
                course.capacity, course.sessions.stream()
                        .map(s -> new CourseSession(s.start(), s.end(), s.location(), s.meetingLink())).toList(),
                trainerId, now));
        return course;
    }

    /** Enrolment is open for self-paced courses, and for scheduled ones until the first session starts. */
    public boolean isOpenForEnrolment(Instant now) {
        return firstStart == null || firstStart.isAfter(now);
    }

    public boolean hasSeatLimit() {
        return capacity != null;
    }

    /**
     * The course's own trainer and operators record completions; a course without an assigned trainer (the
     * built-in ethics course) can be completed by any trainer.
     */
    public boolean canRecordCompletion(String userId, boolean trainer, boolean operator) {
        return operator || isTrainedBy(userId, trainer);
    }

    /** The course's trainer; for a course without one (the built-in ethics course), every trainer. */
    public boolean isTrainedBy(String userId, boolean trainer) {
        return trainer && (trainerId == null || trainerId.equals(userId));
    }

    /** The course language closest to {@code wanted}: itself if taught in it, else Italian, English, the first. */
    public String languageFor(String wanted) {
        if (wanted != null && languages.contains(wanted) && title.containsKey(wanted)) {
            return wanted;
        }
        String titled = Languages.pick(title.keySet(), languages.getFirst());
        return Objects.requireNonNullElse(titled, languages.getFirst());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getId() {
        return id;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public Map<String, String> getDescription() {
        return description == null ? Map.of() : description;
    }

    public Topic getTopic() {
        return topic;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public List<Session> getSessions() {
        return sessions == null ? List.of() : sessions;
    }

    public String getTrainerId() {
        return trainerId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }
}
