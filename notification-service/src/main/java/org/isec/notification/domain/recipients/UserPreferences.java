package org.isec.notification.domain.recipients;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.isec.notification.domain.Category;
import org.isec.notification.domain.Channel;
import org.isec.notification.domain.Language;

/**
 * One person's choices. Everything is on until turned off; essential categories are always on.
 *
 * @param language null when the person has not chosen one (their profile, the event, then Italian decide)
 * @param optedOut {@code CATEGORY.CHANNEL} pairs the person turned off, never an essential category
 */
public record UserPreferences(String userId, Language language, Set<String> optedOut) {

    public UserPreferences {
        optedOut = optedOut == null ? Set.of() : Set.copyOf(optedOut);
    }

    public static UserPreferences defaults(String userId) {
        return new UserPreferences(userId, null, Set.of());
    }

    public boolean allows(Category category, Channel channel) {
        return category.essential() || !optedOut.contains(key(category, channel));
    }

    /** Categories this person does not want to see in the app. */
    public Set<Category> hiddenInApp() {
        Set<Category> hidden = EnumSet.noneOf(Category.class);
        for (Category category : Category.values()) {
            if (!allows(category, Channel.IN_APP)) {
                hidden.add(category);
            }
        }
        return hidden;
    }

    /** Every category with every channel, as the person currently receives it. */
    public Map<Category, Map<Channel, Boolean>> channels() {
        Map<Category, Map<Channel, Boolean>> all = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            Map<Channel, Boolean> channels = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                channels.put(channel, allows(category, channel));
            }
            all.put(category, channels);
        }
        return all;
    }

    static String key(Category category, Channel channel) {
        return category.name() + "." + channel.name();
    }
}
