package org.isec.advisory.domain.funding;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface FundingOpportunityRepository extends MongoRepository<FundingOpportunity, String> {

    List<FundingOpportunity> findByDeadlineGreaterThanEqualOrderByDeadlineAsc(LocalDate day);

    List<FundingOpportunity> findByMatchedAtIsNull();
}
