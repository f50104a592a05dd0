package org.isec.advisory.domain.sessions;

public enum SessionMode {
    IN_PERSON, VIDEO, PHONE
}
