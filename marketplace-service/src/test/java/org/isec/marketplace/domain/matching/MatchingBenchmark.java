package org.isec.marketplace.domain.matching;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking one commission against 10,000 and 100,000 synthetic supplier profiles (top 20, with explanations),
 * and rebuilding the in-memory index.
 * SampleTime gives the latency distribution, hence p95.
 * Run: {@code ./mvnw -q -pl marketplace-service -Pbenchmark test-compile exec:exec}; results in BENCHMARKS.md.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MatchingBenchmark {

    private static final int DEMANDS = 64;
    private static final int TOP = 20;

    @State(Scope.Benchmark)
    public static class Population {

        @Param({"10000", "100000"})
        int suppliers;

        List<SupplierProfile> profiles;

        @Setup(Level.Trial)
        public void generate() {
            profiles = new SyntheticSuppliers(2027).generate(suppliers);
        }
    }

    @State(Scope.Benchmark)
    public static class Ranking {

        SupplierIndex index;
        MatchingEngine engine;
        Demand[] demands = new Demand[DEMANDS];
        int next;

        @Setup(Level.Trial)
        public void prepare(Population population) {
            index = SupplierIndex.of(population.profiles);
            engine = new MatchingEngine();
            SyntheticSuppliers buyers = new SyntheticSuppliers(99);
            for (int i = 0; i < DEMANDS; i++) {
                demands[i] = buyers.demand();
            }
        }
    }

    /** Demands rotate so the measurement is not one lucky commission. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Match> rankOneCommission(Ranking r) {
        Demand demand = r.demands[r.next++ & (DEMANDS - 1)];
        return r.engine.rank(r.index, demand, MatchingWeights.DEFAULT, TOP);
    }

    /** What refreshing the in-memory snapshot costs after membership events. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SupplierIndex buildIndex(Population population) {
        return SupplierIndex.of(population.profiles);
    }
}
