package org.isec.devstack.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Starts the shared infrastructure before the test class runs. The pre-construct hook matters: with
 * {@code @TestInstance(PER_CLASS)}, or when Spring's extension is declared first, a Spring context may load
 * while the instance is being built, and it must already see the addresses.
 */
public final class InfrastructureExtension implements BeforeAllCallback, TestInstancePreConstructCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Infrastructure.ensureStarted();
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        Infrastructure.ensureStarted();
    }
}
