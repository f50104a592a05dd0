package org.isec.advisory.domain.plan;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface BusinessPlanRepository extends MongoRepository<BusinessPlan, String> {

    List<BusinessPlan> findByMemberIdOrderByCreatedAtDesc(String memberId);

    List<BusinessPlan> findAllByOrderByCreatedAtDesc();

    List<BusinessPlan> findByMemberIdInOrderByCreatedAtDesc(java.util.Collection<String> memberIds);
}
