package org.isec.advisory.domain.cases;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CaseRepository extends MongoRepository<AdvisoryCase, String> {

    List<AdvisoryCase> findByMemberIdOrderByRequestedAtDesc(String memberId);

    List<AdvisoryCase> findByAssignmentAdvisorIdOrderByRequestedAtDesc(String advisorId);

    List<AdvisoryCase> findAllByOrderByRequestedAtDesc();

    long countByAssignmentAdvisorIdAndStageNot(String advisorId, Stage stage);

    boolean existsByMemberIdAndAssignmentAdvisorId(String memberId, String advisorId);

    List<MemberOnly> findMemberIdByAssignmentAdvisorId(String advisorId);

    /** Projection: only the member id of a case. */
    interface MemberOnly {
        String getMemberId();
    }
}
