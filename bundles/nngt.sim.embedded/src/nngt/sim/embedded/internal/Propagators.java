package nngt.sim.embedded.internal;

/**
 * Exact-integration propagators of current-based integrate-and-fire neurons (the elements NEST's
 * IAFPropagatorAlpha/Exp compute), written so that they stay accurate when {@code tau_syn → tau_m}.
 */
public final class Propagators {

    private Propagators() {
    }

    /**
     * Effect on V of a unit exponentially decaying current over one step:
     * {@code (1/C) ∫₀ʰ e^{−(h−t)/τm} e^{−t/τs} dt}.
     *
     * @param tauSyn synaptic time constant (ms)
     * @param tauM   membrane time constant (ms)
     * @param c      capacitance (pF)
     * @param h      step (ms)
     * @return the propagator (mV per pA)
     */
    public static double p32(double tauSyn, double tauM, double c, double h) {
        double a = 1.0 / tauSyn - 1.0 / tauM;
        double decay = Math.exp(-h / tauM);
        if (Math.abs(a * h) < 1e-12) {
            return decay * h / c;
        }
        return decay * (-Math.expm1(-a * h)) / a / c;
    }

    /**
     * Effect on V of the derivative state of an alpha current over one step:
     * {@code (1/C) ∫₀ʰ e^{−(h−t)/τm} t e^{−t/τs} dt}.
     *
     * @param tauSyn synaptic time constant (ms)
     * @param tauM   membrane time constant (ms)
     * @param c      capacitance (pF)
     * @param h      step (ms)
     * @return the propagator
     */
    public static double p31(double tauSyn, double tauM, double c, double h) {
        double a = 1.0 / tauSyn - 1.0 / tauM;
        double x = a * h;
        double decay = Math.exp(-h / tauM);
        double shape;
        if (Math.abs(x) < 1e-3) {
            // series of (1 − e^{−x}(1+x)) / x², exact to O(x³)
            shape = 0.5 - x / 3.0 + x * x / 8.0;
        } else {
            shape = (-Math.expm1(-x) - x * Math.exp(-x)) / (x * x);
        }
        return decay * shape * h * h / c;
    }
}
