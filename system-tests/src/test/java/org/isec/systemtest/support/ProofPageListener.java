package org.isec.systemtest.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One proof log per test run: forgotten when the run starts, rendered into {@code PROOF.md} beside it when
 * the run ends (whatever the outcome, so a red run still shows what it measured).
 */
public final class ProofPageListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ProofLog.forget();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        ProofPage.write(ProofLog.file(), ProofLog.file().resolveSibling("PROOF.md"));
    }
}
