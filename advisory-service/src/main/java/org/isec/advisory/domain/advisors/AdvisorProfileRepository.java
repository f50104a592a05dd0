package org.isec.advisory.domain.advisors;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AdvisorProfileRepository extends MongoRepository<AdvisorProfile, String> {

    List<AdvisorProfile> findByActiveTrue();
}
