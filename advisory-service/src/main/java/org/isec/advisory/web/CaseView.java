package org.isec.advisory.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.isec.advisory.domain.Area;
import org.isec.advisory.domain.cases.AdvisoryCase;
import org.isec.advisory.domain.cases.Party;
import org.isec.advisory.domain.cases.PhaseLog;
import org.isec.advisory.domain.cases.Stage;
import org.isec.advisory.domain.sessions.Booking;

/** An advisory case as its parties see it; times in Europe/Rome. */
record CaseView(String id, String memberId, Area area, String description, String preferredLanguage,
                String fundingOpportunityId, Stage stage, OffsetDateTime requestedAt, AdvisorView advisor,
                List<PhaseView> phases, ClosureView closure, List<SessionView> sessions, String timeZone) {

    static CaseView of(AdvisoryCase c, List<Booking> sessions) {
        var a = c.assignment();
        var closure = c.closure();
        return new CaseView(c.id(), c.memberId(), c.area(), c.description(), c.preferredLanguage(),
                c.fundingOpportunityId(), c.stage(), RomeTime.of(c.requestedAt()),
                a == null ? null : new AdvisorView(a.advisorId(), a.advisorName(), RomeTime.of(a.assignedAt()),
                        a.assignedBy(), a.reason()),
                c.phases().stream().map(PhaseView::of).toList(),
                closure == null ? null : new ClosureView(closure.outcome(), closure.satisfaction(),
                        RomeTime.of(closure.closedAt()), closure.closedBy()),
                sessions.stream().map(SessionView::of).toList(), RomeTime.ZONE_NAME);
    }

    record AdvisorView(String id, String name, OffsetDateTime assignedAt, String assignedBy, String reason) {
    }

    /** @param satisfaction the member's rating; null when the advisor or an operator closed the case */
    record ClosureView(String outcome, Integer satisfaction, OffsetDateTime closedAt, String closedBy) {
    }

    record PhaseView(Stage phase, OffsetDateTime startedAt, List<NoteView> notes, List<ActionView> actions) {

        static PhaseView of(PhaseLog p) {
            return new PhaseView(p.phase(), RomeTime.of(p.startedAt()),
                    p.notes().stream().map(n -> new NoteView(n.id(), n.text(), n.authorId(), n.authorParty(),
                            RomeTime.of(n.at()))).toList(),
                    p.actions().stream().map(x -> new ActionView(x.id(), x.description(), x.owner(), x.dueDate(),
                            RomeTime.of(x.agreedAt()), x.doneAt() != null, RomeTime.of(x.doneAt()))).toList());
        }
    }

    record NoteView(String id, String text, String authorId, Party author, OffsetDateTime at) {
    }

    record ActionView(String id, String description, Party owner, LocalDate dueDate, OffsetDateTime agreedAt,
                      boolean done, OffsetDateTime doneAt) {
    }
}
