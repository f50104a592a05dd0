package org.isec.marketplace.domain.matching;

import java.util.Set;

/** A demand translated once into the index's vocabulary, so the scan only compares ints and reads tables. */
final class PreparedDemand {

    final Demand demand;
    final int code;
    final int codeDigits;
    final double[] categoryFitByCommonDigits = new double[AtecoCode.MAX_DIGITS + 1];
    final Set<String> required;
    final boolean[] wantedCaps;
    final Set<String> wantedLanguages;
    final boolean[] wantedLangs;
    final int region;
    final int province;
    final int buyer;
    final int[] candidates;
    final double wCategory;
    final double wCapabilities;
    final double wPlace;
    final double wLanguages;
    final double wReputation;
    final double wOnTime;

    PreparedDemand(SupplierIndex index, Demand demand, MatchingWeights weights) {
        this.demand = demand;
        this.code = AtecoCode.isValid(demand.category()) ? AtecoCode.pack(demand.category()) : 0;
        this.codeDigits = AtecoCode.length(code);
        int demandLevels = AtecoCode.levels(codeDigits);
        for (int d = 0; d <= AtecoCode.MAX_DIGITS; d++) {
            categoryFitByCommonDigits[d] = demandLevels == 0 ? 0 : (double) AtecoCode.levels(Math.min(d, codeDigits)) / demandLevels;
        }
        this.required = Terms.terms(demand.requiredCapabilities());
        this.wantedCaps = index.capabilities.lookup(required);
        this.wantedLanguages = Terms.languages(demand.languages());
        this.wantedLangs = index.languages.lookup(wantedLanguages);
        String r = Terms.term(demand.region());
        String p = Terms.term(demand.province());
        this.region = r.isEmpty() ? Vocabulary.UNKNOWN : index.regions.id(r);
        this.province = p.isEmpty() ? Vocabulary.UNKNOWN : index.provinces.id(p);
        this.buyer = index.position(demand.buyerId());
        this.candidates = demand.invitedOnly() == null ? null : index.positions(demand.invitedOnly());
        double total = weights.total();
        this.wCategory = weights.category() / total;
        this.wCapabilities = weights.capabilities() / total;
        this.wPlace = weights.place() / total;
        this.wLanguages = weights.languages() / total;
        this.wReputation = weights.reputation() / total;
        this.wOnTime = weights.onTime() / total;
    }
}
