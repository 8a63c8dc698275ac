package nngt.model.api;

import java.util.List;

/**
 * Thrown when groups cannot form a population: overlapping ids, a neuron type other than +1/-1,
 * a group without a neuron model, or duplicate names. The message lists every problem found.
 */
public class InvalidPopulationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * @param problems one full sentence per problem, each naming the offending group
     */
    public InvalidPopulationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * @return every problem found, one sentence each
     */
    public List<String> problems() {
        return problems;
    }
}
