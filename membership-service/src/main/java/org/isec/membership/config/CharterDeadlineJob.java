package org.isec.membership.config;

import org.isec.membership.domain.StandingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Suspends members that let a charter's grace period run out; safe to run on every instance at once. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CharterDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(CharterDeadlineJob.class);

    private final StandingService standing;

    CharterDeadlineJob(StandingService standing) {
        this.standing = standing;
    }

    @Scheduled(fixedDelayString = "${isec.membership.charter.deadline-check-interval:PT15M}",
            initialDelayString = "${isec.membership.charter.deadline-check-interval:PT15M}")
    void enforce() {
        try {
            int suspended = standing.suspendMembersLateOnCharter();
            if (suspended > 0) {
                log.info("{} member(s) suspended for not accepting the charter in time", suspended);
            }
        } catch (RuntimeException e) {
            log.warn("charter deadline check failed; next run retries: {}", e.toString());
        }
    }
}
