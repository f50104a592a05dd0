package org.isec.training.domain.courses;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Courses for unit tests of other packages (publishing is package-private to the catalogue). */
public final class TestCourses {

    public static final String ID = "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f";

    private TestCourses() {
    }

    public static Course selfPaced() {
        return Course.publish(ID, new CourseDraft(Map.of("it", "Corso", "en", "Course"), null, "ETHICS", "SELF_PACED",
                List.of("it", "en"), null, List.of(), null), null, "system", false, Instant.EPOCH);
    }
}
