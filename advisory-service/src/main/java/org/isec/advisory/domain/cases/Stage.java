package org.isec.advisory.domain.cases;

/**
 * Where a case stands. After assignment it follows the consortium's method, one phase after the other:
 * needs assessment, plan, implementation, monitoring; closing is its own action, possible from any open stage.
 */
public enum Stage {
    REQUESTED, NEEDS_ASSESSMENT, PLAN, IMPLEMENTATION, MONITORING, CLOSED;

    /** The phase that follows this one in the method; null for the last phase and for stages outside it. */
    Stage nextPhase() {
        return switch (this) {
            case NEEDS_ASSESSMENT -> PLAN;
            case PLAN -> IMPLEMENTATION;
            case IMPLEMENTATION -> MONITORING;
            default -> null;
        };
    }

    boolean isOpen() {
        return this != CLOSED;
    }
}
