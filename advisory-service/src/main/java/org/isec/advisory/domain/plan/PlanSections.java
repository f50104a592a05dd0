package org.isec.advisory.domain.plan;

/** The narrative of a business plan, in the order a bank reads it. Any section may still be empty in a draft. */
public record PlanSections(
        String executiveSummary,
        String businessIdea,
        String marketAndCompetitors,
        String marketingPlan,
        String team,
        String operations) {

    public static PlanSections empty() {
        return new PlanSections(null, null, null, null, null, null);
    }
}
