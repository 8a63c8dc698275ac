package nngt.sim.api.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import nngt.sim.api.analysis.SpikeTimeMatcher;

/**
 * Speed of the spike-time matching merge: {@code neurons} neurons with about 100 spikes each on a 0.1 ms grid;
 * simulator B's trains are A's with every spike shifted by −1, 0 or +1 step and 1 % of the spikes dropped and 1 %
 * added. Prints the best of five runs. Run after a build:
 * {@code java -cp bundles/nngt.sim.api.tests/target/classes:bundles/nngt.sim.api/target/classes
 * nngt.sim.api.bench.SpikeTimeMatcherBenchmark [neurons]}.
 */
public final class SpikeTimeMatcherBenchmark {

    private SpikeTimeMatcherBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args optional neuron count (default 100,000)
     */
    public static void main(String[] args) {
        int neurons = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SplittableRandom random = new SplittableRandom(2024);
        int[] offsetsA = new int[neurons + 1];
        int[] offsetsB = new int[neurons + 1];
        double[] a = new double[neurons * 120];
        double[] b = new double[neurons * 120];
        int na = 0;
        int nb = 0;
        for (int n = 0; n < neurons; n++) {
            int steps = 0;
            int startB = nb;
            for (int k = 0; k < 100; k++) {
                steps += 50 + random.nextInt(100);
                a[na++] = steps * 0.1;
                if (random.nextInt(100) != 0) {
                    b[nb++] = (steps + random.nextInt(3) - 1) * 0.1;
                }
                if (random.nextInt(100) == 0) {
                    b[nb++] = (steps + 20) * 0.1;
                }
            }
            Arrays.sort(b, startB, nb);
            offsetsA[n + 1] = na;
            offsetsB[n + 1] = nb;
        }
        long best = Long.MAX_VALUE;
        SpikeTimeMatcher matcher = null;
        for (int repeat = 0; repeat < 5; repeat++) {
            long start = System.nanoTime();
            matcher = new SpikeTimeMatcher(0.1);
            for (int n = 0; n < neurons; n++) {
                matcher.match(a, offsetsA[n], offsetsA[n + 1], b, offsetsB[n], offsetsB[n + 1]);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        double seconds = best / 1e9;
        System.out.printf(Locale.ROOT, "neurons %d, spikes A %d, B %d: %.1f ms, %.1f million spikes/s; matched %d, "
                + "only A %d, only B %d, fraction %.4f, max |dt| %.3f ms%n", neurons, na, nb, seconds * 1000,
                (na + nb) / seconds / 1e6, matcher.matched(), matcher.onlyA(), matcher.onlyB(),
                matcher.matchedFraction(), matcher.maxAbsDifferenceMs());
    }
}
