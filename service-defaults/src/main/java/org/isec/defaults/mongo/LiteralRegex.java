package org.isec.defaults.mongo;

import java.text.Normalizer;

/**
 * A regular expression that matches a user's text literally, for MongoDB {@code $regex} filters. Every ASCII
 * character that is not a letter or digit is escaped with a backslash, which every regex dialect reads as that
 * character; {@code Pattern.quote}'s {@code \Q…\E} is not understood by every server (the mongo-java-server dev
 * database let a lone {@code [} in an array filter match every document).
 */
public final class LiteralRegex {

    private LiteralRegex() {
    }

    /** The regex for {@code text} in Unicode NFC, the form request bodies are stored in ({@code StrictInput}). */
    public static String of(String searched) {
        String text = Normalizer.normalize(searched, Normalizer.Form.NFC);
        StringBuilder regex = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ') {
                regex.append('\\');
            }
            regex.append(c);
        }
        return regex.toString();
    }
}
