package nngt.sim.brian2.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nngt.sim.brian2.Brian2Installation;

/** Skips a test, printing the reason, where the configured Python cannot import brian2. */
final class Brian2Available {

    private Brian2Available() {
    }

    static void assumeInstalled() {
        Brian2Installation installation = Brian2Installation.detect();
        if (!installation.usable()) {
            String reason = "skipped: " + installation.problem() + "; " + Brian2Installation.INSTALL_HINT;
            System.out.println(reason);
            assumeTrue(false, reason);
        }
    }
}
