package org.isec.training.domain.courses;

import java.time.Instant;

/** One meeting of a webinar or an in-person course; times are instants, shown in Europe/Rome. */
public record Session(Instant start, Instant end, String location, String meetingLink) {
}
