package nngt.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import nngt.graph.internal.RandomStreams;
import nngt.graph.internal.ReusableRandom;

/**
 * The reusable stream that the generators' hot loops restart per node gives exactly the values of a
 * new {@link SplittableRandom} of the same key, so that reusing it changes no network.
 */
class ReusableRandomTest {

    @Test
    void valuesEqualThoseOfASplittableRandomOfTheSameKey() {
        ReusableRandom reusable = new ReusableRandom();
        for (long index = -20; index < 2000; index++) {
            long key = RandomStreams.key(42, RandomStreams.PARTNERS, index);
            SplittableRandom reference = new SplittableRandom(key);
            reusable.reset(42, RandomStreams.PARTNERS, index);
            for (int k = 0; k < 60; k++) {
                String where = "index " + index + ", draw " + k;
                switch (k % 6) {
                    case 0 -> assertEquals(reference.nextLong(), reusable.nextLong(), where);
                    case 1 -> assertEquals(reference.nextInt(), reusable.nextInt(), where);
                    case 2 -> assertEquals(reference.nextInt(100_003), reusable.nextInt(100_003), where);
                    case 3 -> assertEquals(reference.nextDouble(), reusable.nextDouble(), where);
                    case 4 -> assertEquals(reference.nextGaussian(), reusable.nextGaussian(), where);
                    default -> assertEquals(RandomStreams.below(reference, 1000), RandomStreams.below(reusable, 1000), where);
                }
            }
        }
    }
}
