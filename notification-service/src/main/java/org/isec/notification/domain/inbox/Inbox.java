package org.isec.notification.domain.inbox;

import java.time.Clock;
import java.util.List;

import org.isec.defaults.messaging.InboundEvent;
import org.isec.defaults.problem.NotFoundException;
import org.isec.notification.domain.Channel;
import org.isec.notification.domain.DeliveryKey;
import org.isec.notification.domain.Language;
import org.isec.notification.domain.Notification;
import org.isec.notification.domain.recipients.Addressing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The in-app channel: entries written exactly once per event and audience, read per person, streamed live. */
@Service
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    static final int MAX_PAGE_SIZE = 100;
    private static final int BACKLOG = 50;

    private final MongoTemplate mongo;
    private final Addressing addressing;
    private final InboxRenderer renderer;
    private final InboxStream stream;
    private final Clock clock;

    Inbox(MongoTemplate mongo, Addressing addressing, InboxRenderer renderer, InboxStream stream, Clock clock) {
        this.mongo = mongo;
        this.addressing = addressing;
        this.renderer = renderer;
        this.stream = stream;
        this.clock = clock;
    }

    /**
     * Writes the entry for this event and audience unless it exists; a redelivered event writes nothing.
     *
     * @return true if written now
     */
    public boolean deliver(InboundEvent event, Notification notification) {
        String audience = notification.audience().key();
        InboxEntry entry = new InboxEntry(DeliveryKey.of(event.id(), audience, Channel.IN_APP.name()), event.id(),
                event.type(), audience, notification.kind(), notification.category(), notification.model(),
                addressing.knownLanguage(notification.audience()).map(Language::code).orElse(null), clock.instant(),
                List.of());
        try {
            mongo.insert(entry);
        } catch (DuplicateKeyException alreadyDelivered) {
            return false;
        }
        log.info("inbox entry {} ({}) for {} from event {}", entry.id(), entry.kind().templateKey(),
                notification.audience().type(), event.id());
        stream.publish(entry);
        return true;
    }

    public InboxPage page(Viewer viewer, int page, int size) {
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(0, page);
        Query query = Query.query(visibleTo(viewer))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip((long) pageNumber * pageSize).limit(pageSize);
        List<InboxItem> items = mongo.find(query, InboxEntry.class).stream()
                .map(entry -> renderer.render(entry, viewer)).toList();
        long total = mongo.count(Query.query(visibleTo(viewer)), InboxEntry.class);
        long unread = mongo.count(Query.query(unreadBy(viewer)), InboxEntry.class);
        return new InboxPage(items, pageNumber, pageSize, total, unread);
    }

    /** Marks one of the reader's own entries read; anybody else's is a 404, so ids of others' entries do not leak. */
    public void markRead(Viewer viewer, String id) {
        var result = mongo.updateFirst(Query.query(where("_id").is(id).andOperator(visibleTo(viewer))),
                new Update().addToSet("readBy", viewer.userId()), InboxEntry.class);
        if (result.getMatchedCount() == 0) {
            throw new NotFoundException("inbox entry", id);
        }
    }

    public long markAllRead(Viewer viewer) {
        return mongo.updateMulti(Query.query(unreadBy(viewer)), new Update().addToSet("readBy", viewer.userId()),
                InboxEntry.class).getModifiedCount();
    }

    /**
     * A live stream of the reader's new entries. With {@code lastEventId} (the SSE {@code Last-Event-ID} of a client
     * that reconnects) the entries written since that one are sent first.
     */
    public SseEmitter stream(Viewer viewer, String lastEventId) {
        SseEmitter emitter = stream.open(viewer);
        if (lastEventId != null && !lastEventId.isBlank()) {
            InboxEntry last = mongo.findOne(Query.query(where("_id").is(lastEventId).andOperator(visibleTo(viewer))),
                    InboxEntry.class);
            if (last != null) {
                Query since = Query.query(new Criteria().andOperator(visibleTo(viewer),
                                where("createdAt").gte(last.createdAt()), where("_id").ne(last.id())))
                        .with(Sort.by("createdAt", "_id")).limit(BACKLOG);
                stream.replay(emitter, viewer, mongo.find(since, InboxEntry.class));
            }
        }
        return emitter;
    }

    private static Criteria visibleTo(Viewer viewer) {
        Criteria visible = where("audience").in(viewer.audiences());
        if (!viewer.hidden().isEmpty()) {
            visible = visible.and("category").nin(viewer.hidden().stream().map(Enum::name).toList());
        }
        return visible;
    }

    private static Criteria unreadBy(Viewer viewer) {
        return new Criteria().andOperator(visibleTo(viewer), where("readBy").ne(viewer.userId()));
    }
}
