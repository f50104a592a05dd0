package org.isec.advisory.web;

import java.time.OffsetDateTime;

import org.isec.advisory.domain.Area;
import org.isec.advisory.domain.cases.AdvisoryCase;
import org.isec.advisory.domain.cases.Stage;

/** A line of a case list. */
record CaseSummary(String id, String memberId, Area area, Stage stage, String preferredLanguage, String advisorId,
                   String advisorName, OffsetDateTime requestedAt) {

    static CaseSummary of(AdvisoryCase c) {
        var a = c.assignment();
        return new CaseSummary(c.id(), c.memberId(), c.area(), c.stage(), c.preferredLanguage(),
                a == null ? null : a.advisorId(), a == null ? null : a.advisorName(), RomeTime.of(c.requestedAt()));
    }
}
