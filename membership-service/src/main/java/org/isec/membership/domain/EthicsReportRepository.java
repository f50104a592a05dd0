package org.isec.membership.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface EthicsReportRepository extends MongoRepository<EthicsReport, String> {

    Page<EthicsReport> findByStatus(EthicsReport.Status status, Pageable pageable);

    Page<EthicsReport> findByReporterMemberId(String reporterMemberId, Pageable pageable);
}
