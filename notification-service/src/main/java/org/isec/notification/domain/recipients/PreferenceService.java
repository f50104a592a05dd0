package org.isec.notification.domain.recipients;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.isec.defaults.problem.InvalidInputException;
import org.isec.notification.domain.Category;
import org.isec.notification.domain.Channel;
import org.isec.notification.domain.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Reads and changes a person's notification preferences; the rule that essential notifications stay on lives here. */
@Service
public class PreferenceService {

    private static final Logger log = LoggerFactory.getLogger(PreferenceService.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    PreferenceService(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public UserPreferences of(String userId) {
        if (userId == null) {
            return UserPreferences.defaults(null);
        }
        PreferencesDocument stored = mongo.findById(userId, PreferencesDocument.class);
        if (stored == null) {
            return UserPreferences.defaults(userId);
        }
        return new UserPreferences(userId, Language.of(stored.language()).orElse(null),
                stored.optedOut() == null ? null : new TreeSet<>(stored.optedOut()));
    }

    public Optional<Language> language(String userId) {
        return Optional.ofNullable(of(userId).language());
    }

    /**
     * Replaces the person's preferences.
     *
     * @throws InvalidInputException naming every field that breaks a rule: unknown language, category or channel, or
     *                               an essential category turned off
     */
    public UserPreferences replace(String userId, PreferencesChange change) {
        InvalidInputException.Builder problems = InvalidInputException.builder();
        Language language = null;
        if (change.language() != null) {
            language = Language.of(change.language()).orElse(null);
            problems.addIf(language == null, "language", "must be one of " + String.join(", ", Language.codes()));
        }
        TreeSet<String> optedOut = new TreeSet<>();
        for (Map.Entry<String, Map<String, Boolean>> entry : change.channels().entrySet()) {
            String field = "channels." + entry.getKey();
            Optional<Category> category = enumValue(Category.class, entry.getKey());
            if (category.isEmpty()) {
                problems.add(field, "unknown category; one of " + Arrays.toString(Category.values()));
                continue;
            }
            Map<String, Boolean> channels = entry.getValue() == null ? Map.of() : entry.getValue();
            for (Map.Entry<String, Boolean> channel : channels.entrySet()) {
                String channelField = field + "." + channel.getKey();
                Optional<Channel> known = enumValue(Channel.class, channel.getKey());
                if (known.isEmpty()) {
                    problems.add(channelField, "unknown channel; one of " + Arrays.toString(Channel.values()));
                } else if (channel.getValue() == null) {
                    problems.add(channelField, "must be true or false");
                } else if (!channel.getValue()) {
                    problems.addIf(category.get().essential(), channelField,
                            "essential notifications (" + category.get() + ") cannot be turned off");
                    optedOut.add(UserPreferences.key(category.get(), known.get()));
                }
            }
        }
        problems.throwIfAny();
        mongo.save(new PreferencesDocument(userId, language == null ? null : language.code(),
                optedOut.stream().toList(), clock.instant()));
        log.info("notification preferences of user {} changed: language {}, {} channel(s) off", userId,
                language == null ? "-" : language.code(), optedOut.size());
        return new UserPreferences(userId, language, optedOut);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }
}
