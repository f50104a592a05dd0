package org.isec.training.domain.courses;

/** What a course is about; the catalogue filters on it. ETHICS is the charter course membership records. */
public enum Topic {
    LEGISLATION, TAX, FINANCE, MARKETING, HR, ETHICS, DIGITAL, LANGUAGE, PUBLIC_PROCUREMENT, WORKPLACE_SAFETY,
    INTERNATIONAL_TRADE, ENTREPRENEURSHIP
}
