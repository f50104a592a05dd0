package org.isec.notification.domain.templates;

/** The texts of one notification kind in one language. */
record KindText(String subject, String summary, String body) {
}
