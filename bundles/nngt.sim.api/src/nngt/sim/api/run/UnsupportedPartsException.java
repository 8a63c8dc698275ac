package nngt.sim.api.run;

import java.util.List;

/**
 * A simulator cannot run parts of a model (a neuron, synapse or device model); nothing was run. The message lists
 * every part in one sentence; {@link #parts()} lists them one by one, for front ends that show a list.
 */
public final class UnsupportedPartsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> parts;

    /**
     * @param message one sentence naming the simulator, the network and every part
     * @param parts   each part, e.g. {@code neuron model 'hh_psc_alpha' (group 'cells')}
     */
    UnsupportedPartsException(String message, List<String> parts) {
        super(message);
        this.parts = List.copyOf(parts);
    }

    /**
     * @return each unsupported part; prefixed by the simulator's id when several simulators were checked
     */
    public List<String> parts() {
        return parts;
    }
}
