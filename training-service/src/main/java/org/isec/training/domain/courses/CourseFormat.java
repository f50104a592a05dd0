package org.isec.training.domain.courses;

public enum CourseFormat {
    SELF_PACED, WEBINAR, IN_PERSON;

    /** Self-paced courses have no sessions and, unless a capacity is given, no seat limit. */
    public boolean isScheduled() {
        return this != SELF_PACED;
    }
}
