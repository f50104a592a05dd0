package org.isec.marketplace.domain;

/** Who may see and bid: every active member, or only the invited ones. */
public enum Visibility {
    MEMBERS,
    INVITED
}
