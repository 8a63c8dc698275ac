package nngt.workbench.ui.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The most recent finished run of this session, which the results view shows; listeners hear of each new
 * one on the thread that finished it.
 */
public final class LastRun {

    private static volatile RunOutcome current;
    private static final List<Consumer<RunOutcome>> LISTENERS = new CopyOnWriteArrayList<>();

    private LastRun() {
    }

    /**
     * @return the last run, or null before the first one
     */
    public static RunOutcome get() {
        return current;
    }

    /**
     * Records a finished run and tells the listeners.
     *
     * @param outcome the run
     * @throws IllegalArgumentException when {@code outcome} is null
     */
    public static void publish(RunOutcome outcome) {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome: null; publish a finished run.");
        }
        current = outcome;
        for (Consumer<RunOutcome> listener : LISTENERS) {
            listener.accept(outcome);
        }
    }

    /**
     * @param listener called with every new run
     */
    public static void addListener(Consumer<RunOutcome> listener) {
        LISTENERS.add(listener);
    }

    /**
     * @param listener a listener added before
     */
    public static void removeListener(Consumer<RunOutcome> listener) {
        LISTENERS.remove(listener);
    }
}
