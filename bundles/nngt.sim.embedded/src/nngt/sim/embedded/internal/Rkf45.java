package nngt.sim.embedded.internal;

/**
 * Adaptive Runge–Kutta–Fehlberg 4(5) with GSL's standard step control as NEST configures it for its
 * conductance-based and adaptive models ({@code gsl_odeiv_control_y_new(eps_abs = gsl_error_tol,
 * eps_rel = 0)}): the error of a step is the largest absolute component of the embedded 4th/5th-order
 * difference; above 1.1·tol the step shrinks by {@code max(0.9·r^(−1/5), 0.2)} and is retried, below
 * 0.5·tol the next step grows by {@code min(max(0.9·r^(−1/6), 1), 5)}. The 5th-order solution is kept.
 */
public final class Rkf45 {

    /** The right-hand side of an ODE system. */
    public interface OdeSystem {
        /**
         * Computes derivatives.
         *
         * @param y state
         * @param f receives dy/dt
         */
        void derivatives(double[] y, double[] f);
    }

    private static final double B21 = 1.0 / 4;
    private static final double B31 = 3.0 / 32, B32 = 9.0 / 32;
    private static final double B41 = 1932.0 / 2197, B42 = -7200.0 / 2197, B43 = 7296.0 / 2197;
    private static final double B51 = 8341.0 / 4104, B52 = -32832.0 / 4104, B53 = 29440.0 / 4104,
            B54 = -845.0 / 4104;
    private static final double B61 = -6080.0 / 20520, B62 = 41040.0 / 20520, B63 = -28352.0 / 20520,
            B64 = 9295.0 / 20520, B65 = -5643.0 / 20520;
    private static final double C1 = 902880.0 / 7618050, C3 = 3953664.0 / 7618050, C4 = 3855735.0 / 7618050,
            C5 = -1371249.0 / 7618050, C6 = 277020.0 / 7618050;
    private static final double E1 = 1.0 / 360, E3 = -128.0 / 4275, E4 = -2197.0 / 75240, E5 = 1.0 / 50,
            E6 = 2.0 / 55;

    private final int dimension;
    private final double tolerance;
    private final double[] k1, k2, k3, k4, k5, k6, tmp, y0, error;

    /**
     * Creates an integrator for systems of a given size.
     *
     * @param dimension number of state variables
     * @param tolerance absolute error tolerance per step (NEST's gsl_error_tol)
     * @throws IllegalArgumentException when the tolerance is not positive
     */
    public Rkf45(int dimension, double tolerance) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("gsl_error_tol: " + tolerance + "; it must be > 0");
        }
        this.dimension = dimension;
        this.tolerance = tolerance;
        k1 = new double[dimension]; k2 = new double[dimension]; k3 = new double[dimension];
        k4 = new double[dimension]; k5 = new double[dimension]; k6 = new double[dimension];
        tmp = new double[dimension]; y0 = new double[dimension]; error = new double[dimension];
    }

    /**
     * Advances y over a whole interval, one accepted step after another (NEST's loop around
     * {@code evolve_apply} in the update of its GSL models).
     *
     * @param system   the right-hand side
     * @param y        the state, advanced in place
     * @param step     the proposed first step; {@code step[0]} receives the proposal for the next interval
     * @param interval the interval's length
     */
    public void advanceOver(OdeSystem system, double[] y, double[] step, double interval) {
        double t = 0;
        while (t < interval) {
            t += advance(system, y, step, interval - t);
        }
    }

    /**
     * Advances y by one accepted step of at most {@code remaining} (GSL's {@code evolve_apply}).
     *
     * @param system    the right-hand side
     * @param y         the state, advanced in place
     * @param step      the proposed step; {@code step[0]} receives the next proposal
     * @param remaining time left to the end of the interval
     * @return the time actually advanced
     */
    public double advance(OdeSystem system, double[] y, double[] step, double remaining) {
        System.arraycopy(y, 0, y0, 0, dimension);
        double h = Math.min(step[0], remaining);
        boolean finalStep = step[0] >= remaining;
        while (true) {
            attempt(system, y, h);
            double ratio = 0;
            for (int i = 0; i < dimension; i++) {
                ratio = Math.max(ratio, Math.abs(error[i]) / tolerance);
            }
            if (ratio > 1.1 && h > 1e-12) {
                h *= Math.max(0.9 * Math.pow(ratio, -1.0 / 5), 0.2);
                finalStep = false;
                System.arraycopy(y0, 0, y, 0, dimension);
                continue;
            }
            double next = h;
            if (ratio < 0.5) {
                next = h * Math.min(Math.max(0.9 * Math.pow(ratio, -1.0 / 6), 1.0), 5.0);
            }
            // a final step cut short to reach the grid point does not shrink the proposal
            step[0] = finalStep ? Math.max(next, step[0]) : next;
            return finalStep ? remaining : h;
        }
    }

    private void attempt(OdeSystem system, double[] y, double h) {
        int n = dimension;
        system.derivatives(y0, k1);
        for (int i = 0; i < n; i++) {
            tmp[i] = y0[i] + h * B21 * k1[i];
        }
        system.derivatives(tmp, k2);
        for (int i = 0; i < n; i++) {
            tmp[i] = y0[i] + h * (B31 * k1[i] + B32 * k2[i]);
        }
        system.derivatives(tmp, k3);
        for (int i = 0; i < n; i++) {
            tmp[i] = y0[i] + h * (B41 * k1[i] + B42 * k2[i] + B43 * k3[i]);
        }
        system.derivatives(tmp, k4);
        for (int i = 0; i < n; i++) {
            tmp[i] = y0[i] + h * (B51 * k1[i] + B52 * k2[i] + B53 * k3[i] + B54 * k4[i]);
        }
        system.derivatives(tmp, k5);
        for (int i = 0; i < n; i++) {
            tmp[i] = y0[i] + h * (B61 * k1[i] + B62 * k2[i] + B63 * k3[i] + B64 * k4[i] + B65 * k5[i]);
        }
        system.derivatives(tmp, k6);
        for (int i = 0; i < n; i++) {
            y[i] = y0[i] + h * (C1 * k1[i] + C3 * k3[i] + C4 * k4[i] + C5 * k5[i] + C6 * k6[i]);
            error[i] = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i]);
        }
    }
}
