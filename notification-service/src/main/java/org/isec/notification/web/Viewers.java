package org.isec.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.isec.defaults.security.Caller;
import org.isec.notification.domain.Language;
import org.isec.notification.domain.inbox.Viewer;
import org.isec.notification.domain.recipients.PreferenceService;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** The signed-in caller as an inbox reader: their audiences from the token, their choices from preferences. */
@Component
class Viewers {

    private final PreferenceService preferences;

    Viewers(PreferenceService preferences) {
        this.preferences = preferences;
    }

    Viewer of(Caller caller, HttpServletRequest request) {
        return new Viewer(caller.userId(), caller.orgId(), caller.roles(), preferences.of(caller.userId()),
                Language.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).orElse(null));
    }
}
