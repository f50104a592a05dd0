package org.isec.advisory.domain.funding;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface FundingMatchRepository extends MongoRepository<FundingMatch, String> {

    List<FundingMatch> findByOpportunityId(String opportunityId);
}
