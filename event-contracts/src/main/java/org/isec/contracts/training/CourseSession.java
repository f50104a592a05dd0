package org.isec.contracts.training;

import java.time.Instant;

/**
 * One scheduled meeting of a webinar or in-person course.
 *
 * @param location    address for in-person sessions; null otherwise
 * @param meetingLink link for webinars; null otherwise
 */
public record CourseSession(Instant start, Instant end, String location, String meetingLink) {
}
