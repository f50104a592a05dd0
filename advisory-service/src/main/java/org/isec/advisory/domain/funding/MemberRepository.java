package org.isec.advisory.domain.funding;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MemberRepository extends MongoRepository<Member, String> {

    List<Member> findByStatus(Member.MemberStatus status);
}
