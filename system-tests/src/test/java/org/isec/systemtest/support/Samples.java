package org.isec.systemtest.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Valid request bodies and seeded ids for tests that need one and do not care about its details. */
public final class Samples {

    /** The ethics course the dev realm's training data seeds (Global Compact principles, issue 6). */
    public static final String ETHICS_COURSE = "5e1c0f3a-7d2b-4c8e-9a41-e7b1c5d2f001";

    private Samples() {
    }

    /** A valid open commission (catering, Milan, 800–1500 EUR, bids for 12 days) with this title and these needs. */
    public static Map<String, Object> commission(String title, List<String> requiredCapabilities) {
        return Map.of("title", title,
                "description", "Buffet for a workshop of 40 guests, published by a system test.",
                "category", "56.21", "requiredCapabilities", requiredCapabilities,
                "region", "Lombardia", "province", "MI",
                "budget", Map.of("min", 800, "max", 1500, "currency", "EUR"),
                "bidDeadline", LocalDate.now().plusDays(12) + "T18:00:00+01:00",
                "languages", List.of("it"), "visibility", "MEMBERS");
    }

    /** A complete business plan body of issue 5 (sections, revenue, costs, investment, financing); tag in the title. */
    public static JsonNode businessPlan(String tag) {
        return Json.parse(BUSINESS_PLAN.formatted(tag));
    }

    /** Amina's plan for a catering kitchen of her own (the numbers are hers, not the example). */
    private static final String BUSINESS_PLAN = """
            {"title": "Sapori del Nilo %s — catering kitchen", "currency": "EUR", "startYear": 2027, "years": 3,
             "sections": {"executiveSummary": "Una cucina per il catering halal di eventi aziendali in Lombardia.",
                          "businessIdea": "Buffet egiziani e mediorientali per aziende ed enti.",
                          "marketAndCompetitors": "Poche offerte halal certificate tra Milano e Monza.",
                          "marketingPlan": "Il marketplace del consorzio e le fiere di settore.",
                          "team": "La fondatrice, una cuoca e due addetti al servizio.",
                          "operations": "Cucina in affitto a Sesto San Giovanni, consegne con furgone refrigerato."},
             "revenueLines": [{"name": "Event buffets", "unitPrice": 28.00, "unitsYear1": 9000, "annualGrowthPct": 12}],
             "variableCostPct": 42, "fixedCosts": [{"name": "Kitchen rent", "annual": 18000}, {"name": "Staff", "annual": 110000}],
             "investments": [{"name": "Refrigerated van", "amount": 35000, "depreciationYears": 5}],
             "financing": {"equity": 15000, "loan": {"amount": 30000, "annualRatePct": 5.5, "years": 4}}}""";
}
