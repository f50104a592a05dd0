package org.isec.marketplace.domain;

import java.util.List;

/**
 * A separately awarded part of a commission. A commission published without lots has exactly one lot whose
 * id is null: bids, award and completion then concern the whole commission, and events say {@code lotId: null}.
 */
public class Lot {

    private String id;
    private String title;
    private List<String> requiredCapabilities;
    private Budget budget;
    private LotAward award;
    private LotCompletion completion;

    Lot() {
    }

    Lot(String id, String title, List<String> requiredCapabilities, Budget budget) {
        this.id = id;
        this.title = title;
        this.requiredCapabilities = List.copyOf(requiredCapabilities);
        this.budget = budget;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<String> requiredCapabilities() {
        return requiredCapabilities;
    }

    public Budget budget() {
        return budget;
    }

    public LotAward award() {
        return award;
    }

    public LotCompletion completion() {
        return completion;
    }

    boolean awarded() {
        return award != null;
    }

    boolean completed() {
        return completion != null;
    }

    void award(LotAward award) {
        this.award = award;
    }

    void complete(LotCompletion completion) {
        this.completion = completion;
    }

    org.isec.contracts.marketplace.Lot toContract() {
        return new org.isec.contracts.marketplace.Lot(id, title, requiredCapabilities, budget == null ? null : budget.toContract());
    }
}
