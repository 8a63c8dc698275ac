package nngt.sim.api.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * NNGT's {@code analyze_raster}: splits the population activity into bursting, mixed, quiescent and
 * localized phases and computes burst statistics. The pooled inter-spike interval τ between consecutive
 * spikes is "bursting" when {@code τ < max(phaseCoeff[0]/avgRate, mbis)}, "quiescent" when
 * {@code τ > min(phaseCoeff[1]/avgRate, 10 ms)} and "mixed" otherwise, where avgRate is the number of
 * spikes per ms inside the limits. Adjacent intervals of one kind merge into spans; a burst in which
 * fewer than {@code mflb} of the neurons take part becomes mixed, fewer than {@code mfb} localized, and
 * touching mixed spans merge.
 */
public final class RasterAnalysis {

    /** Phase kinds, in NNGT's names. */
    public enum Phase {
        /** Many spikes close together, most neurons taking part. */
        BURSTING,
        /** Neither bursting nor quiescent. */
        MIXED,
        /** Long silences. */
        QUIESCENT,
        /** Burst-like intervals involving few neurons. */
        LOCALIZED
    }

    /**
     * The parameters of the analysis (NNGT's names).
     *
     * @param fromMs      start of the analysed window
     * @param toMs        end of the analysed window
     * @param neuronCount N used for participation fractions and the per-neuron rate; 0 = distinct senders
     * @param burstCoeff  phase_coeff[0]
     * @param quietCoeff  phase_coeff[1]
     * @param mbis        maximal inter-spike interval inside a burst, ms
     * @param mfb         minimal fraction of neurons in a burst
     * @param mflb        minimal fraction of neurons in a localized burst
     * @param skipBursts  number of first bursts ignored by the statistics
     * @param simplify    merge mixed spans that touch a burst into it
     */
    public record Parameters(double fromMs, double toMs, int neuronCount, double burstCoeff, double quietCoeff,
            double mbis, double mfb, double mflb, int skipBursts, boolean simplify) {

        /**
         * NNGT's defaults for a window: phase_coeff (0.5, 10), mbis 0.5, mfb 0.2, mflb 0.05.
         *
         * @param fromMs      window start
         * @param toMs        window end
         * @param neuronCount network size, 0 for the number of distinct senders
         * @return the parameters
         */
        public static Parameters defaults(double fromMs, double toMs, int neuronCount) {
            return new Parameters(fromMs, toMs, neuronCount, 0.5, 10.0, 0.5, 0.2, 0.05, 0, false);
        }
    }

    /**
     * One phase span.
     *
     * @param phase   its kind
     * @param startMs start time
     * @param endMs   end time
     */
    public record Span(Phase phase, double startMs, double endMs) {
    }

    /**
     * Result of the analysis.
     *
     * @param spans            all spans, sorted by start time
     * @param firingRateHz     mean rate of one neuron in the window
     * @param bursting         whether any burst was found
     * @param burstDurationMs  mean burst duration (NaN without counted bursts)
     * @param interBurstMs     mean interval between a burst and the previous one (IBI)
     * @param interSpikeMs     mean ISI inside bursts, NaN when fewer than 2 spikes per burst
     * @param spikesPerBurst   mean spikes per participating neuron per burst (SpB)
     * @param periodMs         IBI + burst duration
     */
    public record ActivityRecord(List<Span> spans, double firingRateHz, boolean bursting, double burstDurationMs,
            double interBurstMs, double interSpikeMs, double spikesPerBurst, double periodMs) {

        /**
         * The spans of one kind.
         *
         * @param phase the kind
         * @return its spans in time order
         */
        public List<Span> spans(Phase phase) {
            return spans.stream().filter(s -> s.phase() == phase).toList();
        }
    }

    private RasterAnalysis() {
    }

    /**
     * Analyses a raster.
     *
     * @param senders    spiking neuron per event
     * @param timesMs    event times, non-decreasing
     * @param parameters the analysis parameters
     * @return the phases and statistics
     * @throws IllegalArgumentException when the arrays differ in length, times decrease or the window is empty
     */
    public static ActivityRecord analyze(int[] senders, double[] timesMs, Parameters parameters) {
        if (senders.length != timesMs.length) {
            throw new IllegalArgumentException("senders: " + senders.length + " senders for " + timesMs.length
                    + " times; both must have the same length");
        }
        if (!(parameters.toMs() > parameters.fromMs())) {
            throw new IllegalArgumentException("parameters: window [" + parameters.fromMs() + ", "
                    + parameters.toMs() + "] is empty");
        }
        for (int i = 1; i < timesMs.length; i++) {
            if (timesMs[i] < timesMs[i - 1]) {
                throw new IllegalArgumentException("timesMs: time " + timesMs[i] + " at index " + i
                        + " is before the previous one; sort the events by time");
            }
        }
        int first = 0;
        while (first < timesMs.length && timesMs[first] < parameters.fromMs()) {
            first++;
        }
        int end = first;
        while (end < timesMs.length && timesMs[end] <= parameters.toMs()) {
            end++;
        }
        int n = parameters.neuronCount() > 0 ? parameters.neuronCount() : distinct(senders, 0, senders.length);
        int spikes = end - first;
        double avgRate = spikes / (parameters.toMs() - parameters.fromMs());
        List<double[]> bursting = new ArrayList<>();
        List<double[]> mixed = new ArrayList<>();
        List<double[]> quiescent = new ArrayList<>();
        List<double[]> localized = new ArrayList<>();
        if (spikes > 0) {
            double limBurst = Math.max(parameters.burstCoeff() / avgRate, parameters.mbis());
            double limQuiet = Math.min(parameters.quietCoeff() / avgRate, 10.0);
            findPhases(timesMs, first, end, limBurst, limQuiet, parameters.simplify(), bursting, mixed, quiescent);
            checkBurstSize(senders, timesMs, first, end, n, parameters, bursting, mixed, localized);
        }
        List<Span> spans = new ArrayList<>();
        bursting.forEach(s -> spans.add(new Span(Phase.BURSTING, s[0], s[1])));
        mixed.forEach(s -> spans.add(new Span(Phase.MIXED, s[0], s[1])));
        quiescent.forEach(s -> spans.add(new Span(Phase.QUIESCENT, s[0], s[1])));
        localized.forEach(s -> spans.add(new Span(Phase.LOCALIZED, s[0], s[1])));
        spans.sort((a, b) -> Double.compare(a.startMs(), b.startMs()));
        double rateHz = n == 0 ? Double.NaN : 1000.0 * avgRate / n;
        return statistics(spans, bursting, senders, timesMs, first, end, rateHz, parameters.skipBursts());
    }

    private static void findPhases(double[] t, int first, int end, double limBurst, double limQuiet,
            boolean simplify, List<double[]> bursting, List<double[]> mixed, List<double[]> quiescent) {
        Phase previous = null;
        for (int i = first; i + 1 < end; i++) {
            double tau = t[i + 1] - t[i];
            if (tau < limBurst) {
                if (previous == Phase.BURSTING) {
                    last(bursting)[1] = t[i + 1];
                } else if (simplify && previous == Phase.MIXED) {
                    double[] span = mixed.remove(mixed.size() - 1);
                    bursting.add(new double[] {span[0], t[i + 1]});
                } else {
                    bursting.add(new double[] {t[i], t[i + 1]});
                }
                previous = Phase.BURSTING;
            } else if (tau > limQuiet) {
                if (previous == Phase.QUIESCENT) {
                    last(quiescent)[1] = t[i + 1];
                } else {
                    quiescent.add(new double[] {t[i], t[i + 1]});
                }
                previous = Phase.QUIESCENT;
            } else {
                if (previous == Phase.MIXED) {
                    last(mixed)[1] = t[i + 1];
                } else if (simplify && previous == Phase.BURSTING) {
                    last(bursting)[1] = t[i + 1];
                    // a mixed interval absorbed by a burst extends the burst, so the burst stays "previous"
                    continue;
                } else {
                    mixed.add(new double[] {t[i], t[i + 1]});
                }
                previous = Phase.MIXED;
            }
        }
    }

    private static void checkBurstSize(int[] senders, double[] t, int first, int end, int n, Parameters p,
            List<double[]> bursting, List<double[]> mixed, List<double[]> localized) {
        List<double[]> kept = new ArrayList<>();
        for (double[] burst : bursting) {
            int from = first;
            while (t[from] < burst[0]) {
                from++;
            }
            int to = from;
            while (to < end && t[to] <= burst[1]) {
                to++;
            }
            double fraction = distinct(senders, from, to) / (double) n;
            if (fraction < p.mflb()) {
                mixed.add(burst);
            } else if (fraction < p.mfb()) {
                localized.add(burst);
            } else {
                kept.add(burst);
            }
        }
        bursting.clear();
        bursting.addAll(kept);
        mixed.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] span : mixed) {
            if (!merged.isEmpty() && last(merged)[1] == span[0]) {
                last(merged)[1] = span[1];
            } else {
                merged.add(span);
            }
        }
        mixed.clear();
        mixed.addAll(merged);
    }

    private static ActivityRecord statistics(List<Span> spans, List<double[]> bursts, int[] senders, double[] t,
            int first, int end, double rateHz, int skipBursts) {
        int counted = bursts.size() - skipBursts;
        if (bursts.isEmpty() || counted <= 0) {
            return new ActivityRecord(List.copyOf(spans), rateHz, !bursts.isEmpty(), Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN);
        }
        double duration = 0;
        double ibi = 0;
        double spb = 0;
        double isi = 0;
        for (int i = skipBursts; i < bursts.size(); i++) {
            double[] burst = bursts.get(i);
            duration += burst[1] - burst[0];
            if (i > 0) {
                ibi += burst[0] - bursts.get(i - 1)[1];
            }
            int from = first;
            while (t[from] < burst[0]) {
                from++;
            }
            int to = from;
            while (to < end && t[to] <= burst[1]) {
                to++;
            }
            int spikes = to - from;
            int neurons = distinct(senders, from, to);
            spb += spikes / (double) neurons;
            isi += neurons * (burst[1] - burst[0]) / spikes;
        }
        duration /= counted;
        ibi /= counted;
        spb /= counted;
        isi /= counted;
        return new ActivityRecord(List.copyOf(spans), rateHz, true, duration, ibi, spb < 2 ? Double.NaN : isi, spb,
                ibi + duration);
    }

    private static int distinct(int[] senders, int from, int to) {
        BitSet seen = new BitSet();
        for (int i = from; i < to; i++) {
            seen.set(senders[i]);
        }
        return seen.cardinality();
    }

    private static double[] last(List<double[]> spans) {
        return spans.get(spans.size() - 1);
    }
}
