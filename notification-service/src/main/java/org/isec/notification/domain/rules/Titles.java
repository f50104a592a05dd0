package org.isec.notification.domain.rules;

import java.util.Map;
import java.util.Optional;

import org.isec.contracts.marketplace.CommissionPublished;
import org.isec.contracts.training.CertificateIssued;
import org.isec.contracts.training.CoursePublished;
import org.isec.contracts.training.EnrollmentConfirmed;
import org.isec.contracts.training.EnrollmentWaitlisted;
import org.isec.defaults.messaging.InboundEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Titles of commissions and courses, remembered from the events that carry them, so a later event that carries only
 * the id (a bid, a cancelled enrolment) can still name what it is about. Upserts of the same facts: idempotent.
 */
@Component
public class Titles {

    @Document("titles")
    record Title(@Id String id, String text, Map<String, String> byLanguage) {
    }

    private final MongoTemplate mongo;

    Titles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void apply(InboundEvent event) {
        if (event.is(CommissionPublished.class)) {
            CommissionPublished p = event.as(CommissionPublished.class);
            remember("commission:" + p.commissionId(), new Update().set("text", p.title()));
        } else if (event.is(CoursePublished.class)) {
            CoursePublished p = event.as(CoursePublished.class);
            rememberCourse(p.courseId(), p.title());
        } else if (event.is(EnrollmentConfirmed.class)) {
            EnrollmentConfirmed e = event.as(EnrollmentConfirmed.class);
            rememberCourse(e.courseId(), e.courseTitle());
        } else if (event.is(EnrollmentWaitlisted.class)) {
            EnrollmentWaitlisted e = event.as(EnrollmentWaitlisted.class);
            rememberCourse(e.courseId(), e.courseTitle());
        } else if (event.is(CertificateIssued.class)) {
            CertificateIssued e = event.as(CertificateIssued.class);
            rememberCourse(e.courseId(), e.courseTitle());
        }
    }

    Optional<String> commission(String commissionId) {
        return Optional.ofNullable(mongo.findById("commission:" + commissionId, Title.class)).map(Title::text);
    }

    Map<String, String> course(String courseId) {
        return Optional.ofNullable(mongo.findById("course:" + courseId, Title.class)).map(Title::byLanguage)
                .orElse(Map.of());
    }

    private void rememberCourse(String courseId, Map<String, String> title) {
        if (courseId != null && title != null && !title.isEmpty()) {
            remember("course:" + courseId, new Update().set("byLanguage", title));
        }
    }

    private void remember(String id, Update update) {
        mongo.upsert(Query.query(where("_id").is(id)), update, Title.class);
    }
}
