package org.isec.membership.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.isec.contracts.membership.CharterPublished;
import org.isec.defaults.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of the ethics charter. Versions are numbered 1, 2, 3…; the id is the number as text, so two
 * operators publishing at once collide on the id instead of creating two "version 3"s.
 */
@Document("charters")
public class Charter extends AggregateRoot {

    /** Italian and English are always present; a request for another language falls back to them. */
    public static final List<String> FALLBACK = List.of("it", "en");

    @Id
    private final String id;
    private final int number;
    private final Instant effectiveFrom;
    private final int graceDays;
    private final Instant acceptanceDeadline;
    private final Instant publishedAt;
    private final Actor publishedBy;
    private final String changeNote;
    private final Map<String, CharterText> texts;

    @PersistenceCreator
    Charter(String id, int number, Instant effectiveFrom, int graceDays, Instant acceptanceDeadline,
            Instant publishedAt, Actor publishedBy, String changeNote, Map<String, CharterText> texts) {
        this.id = id;
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.graceDays = graceDays;
        this.acceptanceDeadline = acceptanceDeadline;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.changeNote = changeNote;
        this.texts = new TreeMap<>(texts);
    }

    /** Version 1, in force from the start; nobody has to re-accept it, so it raises no event. */
    static Charter first(Map<String, CharterText> texts, Instant now) {
        return new Charter("1", 1, now, 0, now, now, null, "First version", texts);
    }

    static Charter publish(Charter previous, Map<String, CharterText> texts, Instant effectiveFrom, int graceDays,
                           String changeNote, Actor operator, Instant now) {
        int number = previous.number + 1;
        Instant deadline = effectiveFrom.plus(Duration.ofDays(graceDays));
        Charter next = new Charter(String.valueOf(number), number, effectiveFrom, graceDays, deadline, now, operator,
                changeNote, texts);
        next.raise(new CharterPublished(next.id, previous.id, List.copyOf(next.texts.keySet()), deadline, now));
        return next;
    }

    /** The text in {@code language}, else Italian, else English. */
    public Translation in(String language) {
        if (language != null && texts.containsKey(language)) {
            return new Translation(language, texts.get(language));
        }
        for (String fallback : FALLBACK) {
            if (texts.containsKey(fallback)) {
                return new Translation(fallback, texts.get(fallback));
            }
        }
        throw new IllegalStateException("charter " + id + " has neither Italian nor English text");
    }

    /** @param language the language actually served, which may differ from the one asked for */
    public record Translation(String language, CharterText text) {
    }

    boolean isInForceAt(Instant now) {
        return !effectiveFrom.isAfter(now);
    }

    boolean deadlinePassedAt(Instant now) {
        return !acceptanceDeadline.isAfter(now);
    }

    public String id() {
        return id;
    }

    public int number() {
        return number;
    }

    public Instant effectiveFrom() {
        return effectiveFrom;
    }

    public int graceDays() {
        return graceDays;
    }

    public Instant acceptanceDeadline() {
        return acceptanceDeadline;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Actor publishedBy() {
        return publishedBy;
    }

    public String changeNote() {
        return changeNote;
    }

    public List<String> languages() {
        return List.copyOf(texts.keySet());
    }
}
