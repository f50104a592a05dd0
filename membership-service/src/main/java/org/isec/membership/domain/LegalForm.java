package org.isec.membership.domain;

/** Legal forms of Italian business law the consortium admits; OTHER covers foreign forms. */
public enum LegalForm {
    SRL, SRLS, SPA, SNC, SAS, DITTA_INDIVIDUALE, COOPERATIVA, COOPERATIVA_SOCIALE, CONSORZIO, ASSOCIAZIONE, OTHER
}
