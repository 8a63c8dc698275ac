package nngt.graph.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent, numbered tasks on a given number of threads. Tasks are fixed in advance (never
 * sized by the thread count) and each writes only its own output range, so results are the same for
 * any thread count.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * @return the default thread count: every core of the machine
     */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code task.accept(i)} for every i in [0, tasks).
     *
     * @param threads threads to use, at least 1
     * @param tasks number of tasks
     * @param task the task body
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public static void forEach(int threads, int tasks, IntConsumer task) {
        if (threads < 1) {
            throw new IllegalArgumentException("Argument 'threads' is " + threads + "; it must be 1 or more.");
        }
        if (threads == 1 || tasks <= 1) {
            for (int i = 0; i < tasks; i++) {
                task.accept(i);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, tasks).parallel().forEach(task)).join();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * @param total number of items
     * @param block items per task
     * @return the number of tasks covering {@code total} items in blocks
     */
    public static int blocks(long total, int block) {
        return (int) ((total + block - 1) / block);
    }
}
