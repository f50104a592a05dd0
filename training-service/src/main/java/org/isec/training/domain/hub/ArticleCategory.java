package org.isec.training.domain.hub;

/** Sections of the knowledge hub. PROCEDURES: the administrative steps a foreign entrepreneur meets in Italy. */
public enum ArticleCategory {
    LAW, TAX, FINANCE, MARKETING, HR, PROCEDURES
}
