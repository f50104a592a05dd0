package org.isec.defaults.problem;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Problem titles and generic details in Italian or English. The API speaks the first of those two the client's
 * {@code Accept-Language} lists and English otherwise: API clients are programs whose developers read English,
 * while the member-facing texts (e-mails, the web client) follow DESIGN §7 with Italian as the last fallback.
 */
final class ProblemLanguage {

    static final Locale ITALIAN = Locale.ITALIAN;
    static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "org.isec.defaults.problem.messages";
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemLanguage() {
    }

    static Locale of(HttpServletRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return ENGLISH;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            if (ITALIAN.getLanguage().equals(locale.getLanguage())) {
                return ITALIAN;
            }
            if (ENGLISH.getLanguage().equals(locale.getLanguage())) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    static String title(int status, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String key = "title." + status;
        return bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("title.other");
    }

    static String text(String key, Locale locale, Object... args) {
        try {
            String pattern = bundle(locale).getString(key);
            return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no problem text " + key, e);
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, ITALIAN.getLanguage().equals(locale.getLanguage()) ? ITALIAN : ENGLISH,
                NO_JVM_FALLBACK);
    }
}
