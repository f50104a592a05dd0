package org.isec.membership.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MembershipRepository extends MongoRepository<Membership, String> {

    Optional<Membership> findByMemberId(String memberId);

    Page<Membership> findByStatus(ApplicationStatus status, Pageable pageable);

    Page<Membership> findByApplicantUserId(String applicantUserId, Pageable pageable);

    List<Membership> findByStatusAndSuspensionIsNullAndCharterAcceptanceVersionLessThan(ApplicationStatus status,
                                                                                          int version);
}
