package nngt.sim.neuron.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nngt.sim.neuron.PynnInstallation;

/** Skips a test, printing the reason, where the configured Python cannot run pyNN.neuron. */
final class NeuronAvailable {

    private NeuronAvailable() {
    }

    static void assumeInstalled() {
        PynnInstallation installation = PynnInstallation.detect();
        if (!installation.usable()) {
            String reason = "skipped: " + installation.problem() + "; " + PynnInstallation.INSTALL_HINT;
            System.out.println(reason);
            assumeTrue(false, reason);
        }
    }
}
