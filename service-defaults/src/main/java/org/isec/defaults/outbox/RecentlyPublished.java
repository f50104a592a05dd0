package org.isec.defaults.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The ids of the last events Kafka acknowledged, oldest forgotten first. */
final class RecentlyPublished {

    private final Map<UUID, Boolean> ids;

    RecentlyPublished(int capacity) {
        this.ids = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean contains(UUID id) {
        return ids.containsKey(id);
    }

    synchronized void add(UUID id) {
        ids.put(id, Boolean.TRUE);
    }
}
