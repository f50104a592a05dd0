package org.isec.marketplace.domain;

import java.time.Instant;

/** A partner of a joint bid with its work share in percent; the bid counts once every partner confirmed. */
public record Partner(String memberId, int share, Instant confirmedAt) {

    boolean confirmed() {
        return confirmedAt != null;
    }

    Partner confirm(Instant at) {
        return new Partner(memberId, share, at);
    }
}
