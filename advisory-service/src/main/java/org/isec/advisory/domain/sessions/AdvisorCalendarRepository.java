package org.isec.advisory.domain.sessions;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AdvisorCalendarRepository extends MongoRepository<AdvisorCalendar, String> {

    List<AdvisorCalendar> findByBookingsRequestId(String requestId);
}
