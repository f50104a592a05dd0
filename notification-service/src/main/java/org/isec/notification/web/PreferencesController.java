package org.isec.notification.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.isec.defaults.security.Caller;
import org.isec.notification.domain.Category;
import org.isec.notification.domain.Channel;
import org.isec.notification.domain.Language;
import org.isec.notification.domain.recipients.PreferenceService;
import org.isec.notification.domain.recipients.PreferencesChange;
import org.isec.notification.domain.recipients.RecipientDirectory;
import org.isec.notification.domain.recipients.UserPreferences;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each signed-in person's language and channels per category. */
@RestController
@RequestMapping("/api/notifications/preferences")
class PreferencesController {

    /**
     * @param language   the chosen language, null when none is chosen
     * @param channels   per category, per channel, whether it is on
     * @param categories every category and whether it is essential (always on)
     * @param languages  the languages notifications are written in
     */
    record PreferencesView(String language, Map<Category, Map<Channel, Boolean>> channels,
                           List<CategoryView> categories, List<String> languages) {

        static PreferencesView of(UserPreferences preferences) {
            return new PreferencesView(preferences.language() == null ? null : preferences.language().code(),
                    preferences.channels(),
                    Arrays.stream(Category.values()).map(c -> new CategoryView(c.name(), c.essential())).toList(),
                    Language.codes());
        }
    }

    record CategoryView(String name, boolean essential) {
    }

    /**
     * @param language a supported ISO 639-1 code, or null for none
     * @param channels per category name, per channel name, on or off; what is left out is on
     */
    record PreferencesRequest(String language, Map<String, Map<String, Boolean>> channels) {
    }

    private final PreferenceService preferences;
    private final RecipientDirectory directory;

    PreferencesController(PreferenceService preferences, RecipientDirectory directory) {
        this.preferences = preferences;
        this.directory = directory;
    }

    @GetMapping
    PreferencesView get(Caller caller) {
        return PreferencesView.of(preferences.of(caller.userId()));
    }

    @PutMapping
    PreferencesView put(@RequestBody PreferencesRequest request, Caller caller) {
        UserPreferences saved = preferences.replace(caller.userId(),
                new PreferencesChange(request.language(), request.channels()));
        // The person's own address, from their token: lets notifications that carry only their user id reach them.
        directory.rememberUser(caller.userId(), caller.email());
        return PreferencesView.of(saved);
    }
}
