package org.isec.marketplace.domain.matching;

import java.util.List;
import java.util.Set;

/** Readable builders for matching tests. */
final class Profiles {

    private Profiles() {
    }

    static SupplierProfile supplier(String id, String ateco, Set<String> caps, String region, String province, Set<String> langs) {
        return new SupplierProfile(id, "Org " + id, List.of(ateco), caps, region, province, langs, 0.5, 0.5, true);
    }

    static Demand demand(String buyer, String category, Set<String> caps, String region, String province, Set<String> langs) {
        return new Demand(buyer, null, category, caps, region, province, langs, null);
    }
}
