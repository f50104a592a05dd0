package org.isec.training.domain.courses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.isec.training.domain.Languages;
import org.isec.training.domain.ResultPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Publishing courses and reading the catalogue. */
@Service
public class CourseService {

    private static final Logger log = LoggerFactory.getLogger(CourseService.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    CourseService(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A trainer publishes their own course; an operator may publish for any trainer, or for none. */
    public Course publish(CourseDraft draft, Caller publisher) {
        Instant now = clock.instant();
        CourseRules.check(draft, now);
        String trainerId = draft.trainerId();
        if (!publisher.isOperator()) {
            if (trainerId != null && !trainerId.equals(publisher.userId())) {
                throw InvalidInputException.of("trainerId", "a trainer publishes their own courses only");
            }
            trainerId = publisher.userId();
        }
        Course course = Course.publish(UUID.randomUUID().toString(), draft, trainerId, publisher.userId(), false,
                now);
        mongo.insert(course);
        log.info("course {} ({}, {}) published by {}", course.getId(), course.getTopic(), course.getFormat(),
                publisher.userId());
        return course;
    }

    /** Inserts a course of the platform's own under a fixed id, once however often it runs. */
    public boolean publishBuiltIn(String id, CourseDraft draft) {
        if (mongo.exists(Query.query(where("_id").is(id)), Course.class)) {
            return false;
        }
        Instant now = clock.instant();
        CourseRules.check(draft, now);
        try {
            mongo.insert(Course.publish(id, draft, null, "system", true, now));
            log.info("built-in course {} published", id);
            return true;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return false;
        }
    }

    public Optional<Course> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Course.class));
    }

    public Course require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("course", id));
    }

    public ResultPage<Course> catalogue(CatalogueFilter filter, int page, int size) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        Topic topic = filter.topic() == null ? null : CourseRules.parse(Topic.class, filter.topic());
        errors.addIf(filter.topic() != null && topic == null, "topic", "must be one of " + List.of(Topic.values()));
        CourseFormat format = filter.format() == null ? null : CourseRules.parse(CourseFormat.class, filter.format());
        errors.addIf(filter.format() != null && format == null, "format",
                "must be one of " + List.of(CourseFormat.values()));
        errors.addIf(filter.language() != null && !Languages.isIso639_1(filter.language()), "language",
                "must be an ISO 639-1 code such as it, en, fr");
        errors.addIf(page < 0, "page", "must be 0 or more");
        errors.addIf(size < 1 || size > ResultPage.MAX_SIZE, "size", "must be between 1 and " + ResultPage.MAX_SIZE);
        errors.throwIfAny();

        List<Criteria> criteria = new ArrayList<>();
        if (topic != null) {
            criteria.add(where("topic").is(topic));
        }
        if (format != null) {
            criteria.add(where("format").is(format));
        }
        if (filter.language() != null) {
            criteria.add(where("languages").is(filter.language()));
        }
        Sort sort = Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("_id"));
        if (filter.upcoming()) {
            criteria.add(where("firstStart").gt(clock.instant()));
            sort = Sort.by("firstStart").and(Sort.by("_id"));
        }
        Query query = criteria.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, Course.class);
        List<Course> items = mongo.find(query.with(sort).skip((long) page * size).limit(size), Course.class);
        return new ResultPage<>(items, page, size, total);
    }
}
