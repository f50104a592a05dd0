package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.isec.membership.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Two instances running the charter deadline job read the same member; only the first write lands, so the
 * member is suspended, and MemberSuspended raised, once.
 */
class CharterDeadlineRaceTest extends IntegrationTest {

    @Autowired
    MembershipRepository memberships;

    @Test
    void theSecondInstanceSuspendingTheSameMemberIsRefusedByTheDocumentVersion() throws Exception {
        Member m = newMember();
        Membership seenByFirst = memberships.findByMemberId(m.memberId()).orElseThrow();
        Membership seenBySecond = memberships.findByMemberId(m.memberId()).orElseThrow();
        Instant now = Instant.now();

        assertThat(seenByFirst.suspend(Suspension.forCharter(99, now), now)).isTrue();
        assertThat(seenBySecond.suspend(Suspension.forCharter(99, now), now)).isTrue();
        memberships.save(seenByFirst);

        assertThatThrownBy(() -> memberships.save(seenBySecond)).isInstanceOf(OptimisticLockingFailureException.class);
        Membership stored = memberships.findByMemberId(m.memberId()).orElseThrow();
        assertThat(stored.suspension().reason()).isEqualTo("CHARTER_NOT_ACCEPTED");
    }
}
