package org.isec.marketplace.domain;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CommissionRepository extends MongoRepository<Commission, String> {
}
