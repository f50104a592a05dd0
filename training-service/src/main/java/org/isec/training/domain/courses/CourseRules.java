package org.isec.training.domain.courses;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.isec.defaults.problem.InvalidInputException;
import org.isec.training.domain.Languages;

/** The rules a course must meet to enter the catalogue; every broken rule is reported at once, by field. */
final class CourseRules {

    static final int MAX_CAPACITY = 10_000;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5_000;

    private CourseRules() {
    }

    static void check(CourseDraft draft, Instant now) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        checkTexts(errors, "title", draft.title(), MAX_TITLE, true);
        checkTexts(errors, "description", draft.description(), MAX_DESCRIPTION, false);
        Topic topic = parse(Topic.class, draft.topic());
        errors.addIf(topic == null, "topic", "must be one of " + List.of(Topic.values()));
        CourseFormat format = parse(CourseFormat.class, draft.format());
        errors.addIf(format == null, "format", "must be one of " + List.of(CourseFormat.values()));
        checkLanguages(errors, draft.languages());
        checkCapacity(errors, draft.capacity(), format);
        checkSessions(errors, draft.sessions(), format, now);
        errors.addIf(draft.trainerId() != null && !isUuid(draft.trainerId()), "trainerId",
                "must be the trainer's user id (a UUID)");
        errors.throwIfAny();
    }

    private static void checkTexts(InvalidInputException.Builder errors, String field, Map<String, String> texts,
                                   int maxLength, boolean required) {
        if (texts == null || texts.isEmpty()) {
            errors.addIf(required, field, "must have a text in Italian (it) or English (en)");
            return;
        }
        texts.forEach((language, text) -> {
            errors.addIf(!Languages.isIso639_1(language), field + "." + language,
                    "must be keyed by an ISO 639-1 language code such as it, en, fr");
            errors.addIf(text == null || text.isBlank(), field + "." + language, "must not be blank");
            errors.addIf(text != null && text.length() > maxLength, field + "." + language,
                    "must be at most " + maxLength + " characters");
        });
        boolean italianOrEnglish = hasText(texts, Languages.ITALIAN) || hasText(texts, Languages.ENGLISH);
        errors.addIf(required && !italianOrEnglish, field, "must have a text in Italian (it) or English (en)");
    }

    private static void checkLanguages(InvalidInputException.Builder errors, List<String> languages) {
        if (languages == null || languages.isEmpty()) {
            errors.add("languages", "must name at least one language the course is taught in");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            errors.addIf(!Languages.isIso639_1(language), "languages[" + i + "]",
                    "must be an ISO 639-1 code such as it, en, fr");
            errors.addIf(language != null && !seen.add(language), "languages[" + i + "]", "is listed twice");
        }
    }

    private static void checkCapacity(InvalidInputException.Builder errors, Integer capacity, CourseFormat format) {
        if (capacity == null) {
            errors.addIf(format != null && format.isScheduled(), "capacity",
                    "is required for webinars and in-person courses (at least 1)");
            return;
        }
        errors.addIf(capacity < 1, "capacity", "must be at least 1");
        errors.addIf(capacity > MAX_CAPACITY, "capacity", "must be at most " + MAX_CAPACITY);
    }

    private static void checkSessions(InvalidInputException.Builder errors, List<CourseDraft.SessionDraft> sessions,
                                      CourseFormat format, Instant now) {
        boolean none = sessions == null || sessions.isEmpty();
        if (format == CourseFormat.SELF_PACED) {
            errors.addIf(!none, "sessions", "must be empty for a self-paced course");
            return;
        }
        if (none) {
            errors.addIf(format != null, "sessions", "must list at least one session for a scheduled course");
            return;
        }
        for (int i = 0; i < sessions.size(); i++) {
            String at = "sessions[" + i + "]";
            CourseDraft.SessionDraft session = sessions.get(i);
            if (session == null) {
                errors.add(at, "must not be null");
                continue;
            }
            errors.addIf(session.start() == null, at + ".start", "is required (ISO-8601 with offset)");
            errors.addIf(session.end() == null, at + ".end", "is required (ISO-8601 with offset)");
            if (session.start() != null && session.end() != null) {
                errors.addIf(!session.end().isAfter(session.start()), at + ".end", "must be after start");
            }
            errors.addIf(session.start() != null && session.start().toInstant().isBefore(now), at + ".start",
                    "must be in the future");
            if (format == CourseFormat.IN_PERSON) {
                errors.addIf(isBlank(session.location()), at + ".location", "is required for an in-person session");
            }
            if (format == CourseFormat.WEBINAR) {
                errors.addIf(!isHttpsUrl(session.meetingLink()), at + ".meetingLink",
                        "must be an https link for a webinar session");
            }
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasText(Map<String, String> texts, String language) {
        String text = texts.get(language);
        return text != null && !text.isBlank();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isHttpsUrl(String value) {
        if (isBlank(value)) {
            return false;
        }
        try {
            URI uri = URI.create(value.trim());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
