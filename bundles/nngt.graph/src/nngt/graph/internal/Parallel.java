package nngt.graph.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs independent, numbered tasks on a given number of threads. Tasks are fixed in advance (never
 * sized by the thread count) and each writes only its own output range, so results are the same for
 * any thread count. One pool per thread count is kept (its idle workers end by themselves), so that
 * the many short loops of an instantiation do not start threads each time.
 */
public final class Parallel {

    private static final ConcurrentHashMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

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
        forEach(threads, tasks, () -> null, (state, i) -> task.accept(i));
    }

    /**
     * Runs {@code task.accept(state, i)} for every i in [0, tasks), where each worker thread makes one
     * {@code state} (scratch buffers, a reusable random stream) and hands it to every task it runs. A
     * task must not let its result depend on what an earlier task left in the state.
     *
     * @param <S> the type of the per-worker state
     * @param threads threads to use, at least 1
     * @param tasks number of tasks
     * @param workerState makes the state of one worker
     * @param task the task body
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public static <S> void forEach(int threads, int tasks, Supplier<S> workerState, ObjIntConsumer<S> task) {
        if (threads < 1) {
            throw new IllegalArgumentException("Argument 'threads' is " + threads + "; it must be 1 or more.");
        }
        int workers = Math.min(threads, tasks);
        if (workers <= 1) {
            S state = tasks > 0 ? workerState.get() : null;
            for (int i = 0; i < tasks; i++) {
                task.accept(state, i);
            }
            return;
        }
        ForkJoinPool pool = POOLS.computeIfAbsent(threads, ForkJoinPool::new);
        AtomicInteger next = new AtomicInteger();
        ForkJoinTask<?>[] running = new ForkJoinTask<?>[workers];
        for (int w = 0; w < workers; w++) {
            running[w] = pool.submit(() -> {
                S state = workerState.get();
                for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
                    task.accept(state, i);
                }
            });
        }
        // every worker ends before a failure is reported, so that no task still writes afterwards
        RuntimeException failure = null;
        for (ForkJoinTask<?> worker : running) {
            try {
                worker.join();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
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
