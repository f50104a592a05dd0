package org.isec.notification.domain.inbox;

import org.isec.notification.domain.Language;
import org.isec.notification.domain.templates.RenderedMessage;
import org.isec.notification.domain.templates.Templates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes an entry in its reader's language. */
@Component
class InboxRenderer {

    private final Templates templates;
    private final String platformUrl;

    InboxRenderer(Templates templates, @Value("${isec.notifications.platform-url}") String platformUrl) {
        this.templates = templates;
        this.platformUrl = platformUrl;
    }

    InboxItem render(InboxEntry entry, Viewer viewer) {
        Language language = viewer.languageFor(entry);
        RenderedMessage message = templates.render(entry.kind(), language, entry.model(), null, platformUrl);
        return new InboxItem(entry.id(), entry.kind().templateKey(), entry.category(), entry.category().essential(),
                message.subject(), message.summary(), message.language().code(), entry.eventType(), entry.createdAt(),
                entry.readBy().contains(viewer.userId()));
    }
}
