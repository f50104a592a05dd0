package org.isec.notification.domain.templates;

import org.isec.notification.domain.Language;

/**
 * A notification in one language: {@code subject} and {@code summary} for the inbox and the e-mail subject line,
 * {@code text} and {@code html} as the two parts of the e-mail.
 */
public record RenderedMessage(Language language, String subject, String summary, String text, String html) {
}
