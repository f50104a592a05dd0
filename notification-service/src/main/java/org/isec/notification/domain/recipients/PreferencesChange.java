package org.isec.notification.domain.recipients;

import java.util.Map;

/**
 * What a person asks for, as they wrote it: a language code, and per category name a map of channel name to on/off.
 * Categories or channels left out stay on.
 */
public record PreferencesChange(String language, Map<String, Map<String, Boolean>> channels) {

    public PreferencesChange {
        channels = channels == null ? Map.of() : channels;
    }
}
