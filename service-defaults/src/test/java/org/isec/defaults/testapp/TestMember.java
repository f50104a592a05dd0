package org.isec.defaults.testapp;

import java.time.Instant;

import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.defaults.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An aggregate that raises real contract events, as a service's would. */
@Document("test_members")
public class TestMember extends AggregateRoot {

    @Id
    private String id;
    private String status = "ACTIVE";

    public TestMember(String id) {
        this.id = id;
    }

    public void suspend(String detail) {
        status = "SUSPENDED";
        raise(new MemberSuspended(id, MemberSuspended.ETHICS_SUSPENSION, detail, null, Instant.now()));
    }

    public void reinstate() {
        status = "ACTIVE";
        raise(new MemberReinstated(id, MemberReinstated.OPERATOR_DECISION, null, Instant.now()));
    }

    public String getId() {
        return id;
    }

    public String getStatus() {
        return status;
    }
}
