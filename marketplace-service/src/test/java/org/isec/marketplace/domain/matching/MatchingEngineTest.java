package org.isec.marketplace.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.isec.marketplace.domain.matching.Profiles.demand;
import static org.isec.marketplace.domain.matching.Profiles.supplier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingEngineTest {

    private final MatchingEngine engine = new MatchingEngine();
    private final Demand catering = demand("buyer", "56.21", Set.of("catering", "halal food"), "Lombardia", "MI", Set.of("it", "en"));

    @Test
    void sameProvinceRanksAboveSameRegionAboveElsewhere() {
        SupplierIndex index = SupplierIndex.of(List.of(
                supplier("rome", "56.21", Set.of("catering"), "Lazio", "RM", Set.of("it")),
                supplier("bergamo", "56.21", Set.of("catering"), "Lombardia", "BG", Set.of("it")),
                supplier("milan", "56.21", Set.of("catering"), "Lombardia", "MI", Set.of("it"))));

        List<Match> matches = engine.rank(index, catering, MatchingWeights.DEFAULT, 10);

        assertThat(matches).extracting(Match::memberId).containsExactly("milan", "bergamo", "rome");
        assertThat(score(matches.get(0), Criterion.PLACE).score()).isEqualTo(1.0);
        assertThat(score(matches.get(1), Criterion.PLACE).score()).isEqualTo(0.5);
        assertThat(score(matches.get(2), Criterion.PLACE).score()).isZero();
    }

    @Test
    void deeperAtecoMatchFitsBetter() {
        SupplierIndex index = SupplierIndex.of(List.of(
                supplier("division", "56.10", Set.of("catering"), "Lombardia", "MI", Set.of("it")),
                supplier("group", "56.29", Set.of("catering"), "Lombardia", "MI", Set.of("it")),
                supplier("class", "56.21.00", Set.of("catering"), "Lombardia", "MI", Set.of("it"))));

        List<Match> matches = engine.rank(index, catering, MatchingWeights.DEFAULT, 10);

        assertThat(matches).extracting(Match::memberId).containsExactly("class", "group", "division");
        assertThat(matches).extracting(m -> score(m, Criterion.CATEGORY).score()).containsExactly(1.0, 0.6667, 0.3333);
        assertThat(score(matches.get(1), Criterion.CATEGORY).detail()).isEqualTo("same ATECO group as 56.21 (2 of 3 levels)");
    }

    @Test
    void coverageCountsEveryRequiredCapabilityAndNamesTheMissingOnes() {
        SupplierIndex index = SupplierIndex.of(List.of(
                supplier("half", "10.11", Set.of("Catering"), "Lombardia", "MI", Set.of("it")),
                supplier("full", "10.11", Set.of("catering", "Halal Food", "sushi"), "Lombardia", "MI", Set.of("it"))));

        List<Match> matches = engine.rank(index, catering, MatchingWeights.DEFAULT, 10);

        assertThat(matches).extracting(Match::memberId).containsExactly("full", "half");
        CriterionScore half = score(matches.get(1), Criterion.CAPABILITIES);
        assertThat(half.score()).isEqualTo(0.5);
        assertThat(half.detail()).isEqualTo("1 of 2 required capabilities; covers catering; missing halal food");
    }

    @Test
    void neverRanksTheBuyerNorMembersWhoCannotTrade() {
        SupplierProfile suspended = new SupplierProfile("suspended", "S", List.of("56.21"), Set.of("catering"),
                "Lombardia", "MI", Set.of("it"), 1, 1, false);
        SupplierIndex index = SupplierIndex.of(List.of(suspended,
                supplier("buyer", "56.21", Set.of("catering"), "Lombardia", "MI", Set.of("it")),
                supplier("ok", "56.21", Set.of("catering"), "Lombardia", "MI", Set.of("it"))));

        assertThat(engine.rank(index, catering, MatchingWeights.DEFAULT, 10)).extracting(Match::memberId).containsExactly("ok");
    }

    @Test
    void byInvitationOnlyInviteesAreRanked() {
        SupplierIndex index = SupplierIndex.of(List.of(
                supplier("invited", "56.21", Set.of("catering"), "Lazio", "RM", Set.of("it")),
                supplier("better-but-not-invited", "56.21", Set.of("catering", "halal food"), "Lombardia", "MI", Set.of("it", "en"))));
        Demand invited = new Demand("buyer", null, "56.21", Set.of("catering"), "Lombardia", "MI", Set.of("it"),
                Set.of("invited", "unknown-member"));

        assertThat(engine.rank(index, invited, MatchingWeights.DEFAULT, 10)).extracting(Match::memberId).containsExactly("invited");
    }

    @Test
    void suppliersWithNeitherSectorNorCapabilityInCommonAreNotRanked() {
        SupplierIndex index = SupplierIndex.of(List.of(
                supplier("builder", "43.21", Set.of("electrical wiring"), "Lombardia", "MI", Set.of("it", "en"))));

        assertThat(engine.rank(index, catering, MatchingWeights.DEFAULT, 10)).isEmpty();
    }

    @Test
    void contributionsAddUpToTheTotalAndWeightsAreNormalised() {
        SupplierIndex index = SupplierIndex.of(List.of(
                supplier("a", "56.29", Set.of("catering"), "Lombardia", "BG", Set.of("it", "fr"))));
        MatchingWeights doubled = new MatchingWeights(0.5, 0.6, 0.3, 0.2, 0.24, 0.16);

        Match m = engine.rank(index, catering, doubled, 1).get(0);

        assertThat(m.criteria()).extracting(CriterionScore::criterion).containsExactly(Criterion.values());
        assertThat(m.criteria().stream().mapToDouble(CriterionScore::weight).sum()).isCloseTo(1.0, within(0.001));
        assertThat(m.criteria().stream().mapToDouble(CriterionScore::contribution).sum()).isCloseTo(m.score(), within(0.001));
        assertThat(m.score()).isEqualTo(engine.rank(index, catering, MatchingWeights.DEFAULT, 1).get(0).score());
    }

    @Test
    void operatorsWeightsChangeTheRanking() {
        SupplierIndex index = SupplierIndex.of(List.of(
                supplier("near", "56.10", Set.of("catering"), "Lombardia", "MI", Set.of("it")),
                supplier("far-expert", "56.21", Set.of("catering", "halal food"), "Sicilia", "PA", Set.of("it"))));
        MatchingWeights placeOnly = new MatchingWeights(0, 0, 1, 0, 0, 0);
        MatchingWeights skillsOnly = new MatchingWeights(1, 1, 0, 0, 0, 0);

        assertThat(engine.rank(index, catering, placeOnly, 1).get(0).memberId()).isEqualTo("near");
        assertThat(engine.rank(index, catering, skillsOnly, 1).get(0).memberId()).isEqualTo("far-expert");
    }

    @Test
    void eachSupplierAppearsOnceAtItsBestLot() {
        SupplierIndex index = SupplierIndex.of(List.of(
                supplier("cook", "56.21", Set.of("catering"), "Lombardia", "MI", Set.of("it")),
                supplier("cleaner", "81.21", Set.of("cleaning"), "Lombardia", "MI", Set.of("it"))));
        Demand food = new Demand("buyer", "lot-food", "56.21", Set.of("catering"), "Lombardia", "MI", Set.of("it"), null);
        Demand cleaning = new Demand("buyer", "lot-cleaning", "81.21", Set.of("cleaning"), "Lombardia", "MI", Set.of("it"), null);

        List<Match> matches = engine.rankLots(index, List.of(food, cleaning), MatchingWeights.DEFAULT, 10);

        assertThat(matches).extracting(Match::memberId, Match::lotId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("cook", "lot-food"),
                        org.assertj.core.groups.Tuple.tuple("cleaner", "lot-cleaning"));
    }

    @Test
    void visitingOnlyRelevantSuppliersRanksExactlyLikeScoringEveryone() {
        SupplierIndex index = SupplierIndex.of(new SyntheticSuppliers(7).generate(20_000));
        SyntheticSuppliers buyers = new SyntheticSuppliers(8);
        for (int d = 0; d < 20; d++) {
            Demand demand = buyers.demand();
            PreparedDemand q = new PreparedDemand(index, demand, MatchingWeights.DEFAULT);
            List<String> exhaustive = java.util.stream.IntStream.range(0, index.size()).boxed()
                    .filter(i -> MatchingEngine.score(index, q, i) >= 0)
                    .sorted(java.util.Comparator.<Integer>comparingDouble(i -> -MatchingEngine.score(index, q, i)).thenComparing(i -> i))
                    .limit(50).map(i -> index.ids[i]).toList();

            List<Match> ranked = engine.rank(index, demand, MatchingWeights.DEFAULT, 50);

            assertThat(ranked).extracting(Match::memberId).containsExactlyElementsOf(exhaustive);
            assertThat(ranked).hasSize(50);
            assertThat(new ArrayList<>(ranked.stream().map(Match::score).toList())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    private static CriterionScore score(Match m, Criterion c) {
        return m.criteria().stream().filter(s -> s.criterion() == c).findFirst().orElseThrow();
    }
}
