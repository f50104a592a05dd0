package org.isec.advisory.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One phase of the method as it happened: when it started, what was noted, what was agreed. */
public record PhaseLog(Stage phase, Instant startedAt, String startedBy, List<Note> notes, List<AgreedAction> actions) {

    public PhaseLog {
        notes = notes == null ? List.of() : List.copyOf(notes);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    static PhaseLog start(Stage phase, Instant at, String by) {
        return new PhaseLog(phase, at, by, List.of(), List.of());
    }

    PhaseLog with(Note note) {
        List<Note> next = new ArrayList<>(notes);
        next.add(note);
        return new PhaseLog(phase, startedAt, startedBy, next, actions);
    }

    PhaseLog with(AgreedAction action) {
        List<AgreedAction> next = new ArrayList<>(actions);
        int at = next.stream().map(AgreedAction::id).toList().indexOf(action.id());
        if (at < 0) {
            next.add(action);
        } else {
            next.set(at, action);
        }
        return new PhaseLog(phase, startedAt, startedBy, notes, next);
    }

    /** @param authorParty the author's relation to the case when writing, so readers know who said it */
    public record Note(String id, String text, String authorId, Party authorParty, Instant at) {
    }

    /** @param owner who must do it: the member or the advisor */
    public record AgreedAction(String id, String description, Party owner, LocalDate dueDate, Instant agreedAt,
                               String agreedBy, Instant doneAt, String doneBy) {

        AgreedAction done(Instant at, String by) {
            return new AgreedAction(id, description, owner, dueDate, agreedAt, agreedBy, at, by);
        }
    }
}
