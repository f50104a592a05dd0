package org.isec.marketplace.domain.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Terms to dense ints, so per-supplier sets become int arrays and per-query sets become lookup tables. */
final class Vocabulary {

    static final int UNKNOWN = -1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();

    int intern(String term) {
        return ids.computeIfAbsent(term, t -> {
            terms.add(t);
            return terms.size() - 1;
        });
    }

    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? UNKNOWN : id;
    }

    String term(int id) {
        return terms.get(id);
    }

    int size() {
        return terms.size();
    }

    /** A table indexed by term id; terms the vocabulary has never seen cannot match anyone and are left out. */
    boolean[] lookup(Iterable<String> wanted) {
        boolean[] table = new boolean[terms.size()];
        for (String w : wanted) {
            int id = id(w);
            if (id != UNKNOWN) {
                table[id] = true;
            }
        }
        return table;
    }
}
