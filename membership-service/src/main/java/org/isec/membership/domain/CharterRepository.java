package org.isec.membership.domain;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CharterRepository extends MongoRepository<Charter, String> {

    List<Charter> findAllByOrderByNumberDesc();
}
