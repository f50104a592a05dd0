package org.isec.gateway.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Italian when the client's {@code Accept-Language} puts Italian before English, English otherwise — the same
 * rule as the services' problems (API clients are programs whose developers read English).
 */
final class ProblemLanguage {

    private static final String BUNDLE = "org.isec.gateway.problem.messages";
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ProblemLanguage ITALIAN = new ProblemLanguage(Locale.ITALIAN);
    private static final ProblemLanguage ENGLISH = new ProblemLanguage(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private ProblemLanguage(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_JVM_FALLBACK);
    }

    static ProblemLanguage of(ServerHttpRequest request) {
        List<Locale> wanted;
        try {
            wanted = request.getHeaders().getAcceptLanguageAsLocales();
        } catch (IllegalArgumentException malformedHeader) {
            return ENGLISH;
        }
        for (Locale locale : wanted) {
            if ("it".equals(locale.getLanguage())) {
                return ITALIAN;
            }
            if ("en".equals(locale.getLanguage())) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    String title(int status) {
        String key = "title." + status;
        return bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("title.other");
    }

    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
