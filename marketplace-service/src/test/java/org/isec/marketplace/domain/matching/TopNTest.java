package org.isec.marketplace.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopNTest {

    @Test
    void keepsTheBestScoresBestFirstAndBreaksTiesByLowerPosition() {
        TopN top = new TopN(3);
        top.offer(0.5, 4);
        top.offer(0.9, 7);
        top.offer(0.5, 2);
        top.offer(0.1, 0);
        top.offer(0.7, 9);
        assertThat(top.drainBestFirst()).containsExactly(7, 9, 2);
    }

    @Test
    void agreesWithAFullSortOnRandomScores() {
        Random random = new Random(42);
        double[] scores = IntStream.range(0, 5_000).mapToDouble(i -> Math.floor(random.nextDouble() * 100) / 100).toArray();
        TopN top = new TopN(25);
        for (int i = 0; i < scores.length; i++) {
            top.offer(scores[i], i);
        }
        int[] expected = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> scores[i]).reversed().thenComparing(i -> i))
                .limit(25).mapToInt(Integer::intValue).toArray();
        assertThat(top.drainBestFirst()).containsExactly(expected);
    }
}
