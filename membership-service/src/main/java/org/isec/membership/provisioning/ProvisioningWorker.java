package org.isec.membership.provisioning;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.isec.membership.domain.ProvisioningRequested;
import org.isec.membership.domain.ProvisioningTask;
import org.isec.membership.domain.ProvisioningTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Carries out the Keycloak tasks stored on member documents: right after the save that created one, and on a
 * schedule for those that failed (Keycloak down) or were left by a crash. A task is removed only after Keycloak
 * confirmed it; while the circuit is open the run stops early instead of queueing doomed calls.
 */
class ProvisioningWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningWorker.class);
    private static final int BATCH = 50;

    private final ProvisioningTasks tasks;
    private final KeycloakAdmin keycloak;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean runAgain = new AtomicBoolean();
    private final ExecutorService trigger = Executors.newSingleThreadExecutor(
            new CustomizableThreadFactory("keycloak-provisioning-"));

    ProvisioningWorker(ProvisioningTasks tasks, KeycloakAdmin keycloak, CircuitBreaker circuitBreaker, Retry retry) {
        this.tasks = tasks;
        this.keycloak = keycloak;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
    }

    @EventListener
    void on(ProvisioningRequested requested) {
        trigger.execute(this::runQuietly);
    }

    @Scheduled(fixedDelayString = "${isec.membership.provisioning.interval:PT30S}",
            initialDelayString = "${isec.membership.provisioning.interval:PT30S}")
    void scheduled() {
        runQuietly();
    }

    /** Runs the pending tasks once; returns how many Keycloak confirmed. */
    int run() {
        if (!running.tryLock()) {
            // A run is in progress and may have read the task list before the newest task was saved.
            runAgain.set(true);
            return 0;
        }
        int done = 0;
        try {
            do {
                runAgain.set(false);
                for (ProvisioningTasks.Pending pending : tasks.pending(BATCH)) {
                    if (!execute(pending)) {
                        return done;
                    }
                    done++;
                }
            } while (runAgain.get());
            return done;
        } finally {
            running.unlock();
        }
    }

    /** Returns false when Keycloak is unavailable and the run should stop. */
    private boolean execute(ProvisioningTasks.Pending pending) {
        ProvisioningTask task = pending.task();
        try {
            Retry.decorateRunnable(retry, CircuitBreaker.decorateRunnable(circuitBreaker, () -> apply(task))).run();
            tasks.done(pending);
            log.info("keycloak user {} {} for member {}", task.userId(),
                    task.action() == ProvisioningTask.Action.GRANT_MEMBER ? "granted member" : "revoked member",
                    task.orgId());
            return true;
        } catch (KeycloakUserNotFound gone) {
            tasks.abandoned(pending, gone.getMessage());
            log.warn("provisioning task {} for member {} abandoned: {}", task.taskId(), task.orgId(),
                    gone.getMessage());
            return true;
        } catch (CallNotPermittedException open) {
            log.debug("keycloak circuit open; {} waits", task.taskId());
            return false;
        } catch (RuntimeException failed) {
            tasks.attemptFailed(pending, failed.getClass().getSimpleName() + ": " + failed.getMessage());
            log.warn("provisioning task {} for member {} failed, will retry: {}", task.taskId(), task.orgId(),
                    failed.toString());
            return false;
        }
    }

    private void apply(ProvisioningTask task) {
        switch (task.action()) {
            case GRANT_MEMBER -> keycloak.grantMember(task.userId(), task.orgId());
            case REVOKE_MEMBER -> keycloak.revokeMember(task.userId());
        }
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("provisioning run failed (database unreachable?): {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        trigger.shutdownNow();
    }
}
