package org.isec.membership.domain;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The Keycloak tasks waiting on member documents, for the provisioning worker. Completing a task is a conditional
 * update on the task id: if a newer decision replaced the task meanwhile, the completion changes nothing and the
 * newer task runs next. These updates leave the aggregate's version alone, so they never make a member's or an
 * operator's save fail; the worst a concurrent save can do is bring back a task already done, which the worker
 * then repeats harmlessly (every Keycloak step is idempotent).
 */
@Component
public class ProvisioningTasks {

    private static final String TASK = "provisioningTask";

    public record Pending(String membershipId, ProvisioningTask task) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    ProvisioningTasks(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public List<Pending> pending(int limit) {
        Query query = Query.query(Criteria.where(TASK).ne(null))
                .with(Sort.by(TASK + ".createdAt")).limit(limit);
        return mongo.find(query, Membership.class).stream()
                .map(m -> new Pending(m.id(), m.provisioningTask()))
                .toList();
    }

    public ProvisioningTask find(String membershipId) {
        Membership membership = mongo.findById(membershipId, Membership.class);
        return membership == null ? null : membership.provisioningTask();
    }

    /** Keycloak confirmed the task. */
    public boolean done(Pending pending) {
        return finish(pending, ProvisioningOutcome.Result.DONE, null);
    }

    /** The task can never succeed (the user is gone from Keycloak); kept for an operator to see. */
    public boolean abandoned(Pending pending, String detail) {
        return finish(pending, ProvisioningOutcome.Result.FAILED, detail);
    }

    /** Another attempt failed; the task stays and is tried again. */
    public void attemptFailed(Pending pending, String error) {
        mongo.updateFirst(sameTask(pending), new Update()
                .inc(TASK + ".attempts", 1)
                .set(TASK + ".lastError", error)
                .set(TASK + ".lastAttemptAt", clock.instant()), collection());
    }

    private boolean finish(Pending pending, ProvisioningOutcome.Result result, String detail) {
        ProvisioningTask task = pending.task();
        Update update = new Update()
                .unset(TASK)
                .set("lastProvisioning", new ProvisioningOutcome(task.taskId(), task.action(), result, detail,
                        clock.instant()));
        return mongo.updateFirst(sameTask(pending), update, collection()).getModifiedCount() == 1;
    }

    // By collection name, not entity class: MongoTemplate would otherwise increment @Version, and a member
    // saving its profile at that moment would get a 409 for the worker's bookkeeping.
    private String collection() {
        return mongo.getCollectionName(Membership.class);
    }

    private static Query sameTask(Pending pending) {
        return Query.query(Criteria.where("_id").is(pending.membershipId())
                .and(TASK + ".taskId").is(pending.task().taskId()));
    }
}
