package org.isec.advisory.domain.funding;

/** Who funds a call: the Italian state, Regione Lombardia, or the European Union. */
public enum Scope {
    NATIONAL, REGIONAL, EU
}
