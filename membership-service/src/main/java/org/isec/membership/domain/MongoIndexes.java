package org.isec.membership.domain;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The unique indexes the membership rules rest on, created before the service takes requests. Only unique
 * indexes are worth declaring: the wire server used in development ignores the others.
 */
@Component
class MongoIndexes implements InitializingBean {

    static final String VAT_KEY = "vat_key_unique";
    static final String APPLICANT_KEY = "applicant_key_unique";
    static final String MEMBER_ID = "member_id_unique";

    private final MongoTemplate mongo;

    MongoIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var memberships = mongo.indexOps(Membership.class);
        memberships.createIndex(new Index().on("vatKey", Sort.Direction.ASC).unique().sparse().named(VAT_KEY));
        memberships.createIndex(new Index().on("applicantKey", Sort.Direction.ASC).unique().sparse()
                .named(APPLICANT_KEY));
        memberships.createIndex(new Index().on("memberId", Sort.Direction.ASC).unique().sparse().named(MEMBER_ID));
    }
}
