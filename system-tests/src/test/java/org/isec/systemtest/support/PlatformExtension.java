package org.isec.systemtest.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform before the first system test class and keeps it for the whole run: the root
 * store closes it (./isec down) after the last class, whatever the outcome.
 */
final class PlatformExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(PlatformRun.class, key -> PlatformRun.ensureStarted(), PlatformRun.class);
    }
}
