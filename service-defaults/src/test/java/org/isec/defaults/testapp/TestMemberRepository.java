package org.isec.defaults.testapp;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface TestMemberRepository extends MongoRepository<TestMember, String> {
}
