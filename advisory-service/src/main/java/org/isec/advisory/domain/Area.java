package org.isec.advisory.domain;

/** What a member needs help with; advisors declare the areas they cover. */
public enum Area {
    ADMINISTRATIVE, FINANCIAL, ORGANISATIONAL, MARKETING, LEGAL, FUNDING, INTERNATIONALISATION
}
