package org.isec.notification.domain;

/**
 * What a notification is about; preferences are set per category. Essential categories carry decisions about the
 * member's standing and contracts (approval, rejection, suspension, charter re-acceptance, awards): they reach
 * the member on every channel and cannot be turned off.
 */
public enum Category {

    MEMBERSHIP(true),
    AWARDS(true),
    MARKETPLACE(false),
    ADVISORY(false),
    FUNDING(false),
    TRAINING(false),
    /** Work for consortium operators: new applications, ethics reports, advisory requests to assign. */
    OPERATIONS(false);

    private final boolean essential;

    Category(boolean essential) {
        this.essential = essential;
    }

    public boolean essential() {
        return essential;
    }
}
