package nngt.sim.api.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nngt.sim.api.Capabilities;
import nngt.sim.api.SimulationPlan;
import nngt.sim.api.SimulationResult;
import nngt.sim.api.analysis.SpikeTimeMatcher;

/**
 * The verdict of running one network on several simulators ({@link RunService#compare}), each compared with the
 * first: per-group rates against a relative tolerance and CVs of the inter-spike intervals against an absolute one,
 * and, when no input draws random numbers, spike times neuron by neuron ({@link SpikeTimeMatcher}). With Poisson or
 * noise inputs every simulator draws its own numbers, so spike times cannot agree: only rates and CVs are compared.
 * {@code nngt compare} prints it (and {@link #toMap()} as JSON); the workbench's Simulator Comparison view shows it.
 *
 * @param network           the network's name
 * @param summaries         each simulator's figures, the reference first
 * @param stochasticDevices the stimulation devices that draw random numbers, sorted; empty when spike times were
 *                          compared
 * @param tolerances        the tolerances, the spike-time one resolved (one step when none was given)
 * @param pairs             each simulator against the reference
 */
public record SimulatorComparison(String network, List<RunSummary> summaries, List<String> stochasticDevices,
        Tolerances tolerances, List<Pair> pairs) {

    /** Stimulation devices that draw random numbers: spike times of two simulators cannot agree with them. */
    public static final List<String> STOCHASTIC_DEVICES = List.of("poisson_generator", "noise_generator");

    /** The default relative rate tolerance. */
    public static final double DEFAULT_RATE_TOLERANCE = 0.1;

    /** The default absolute CV tolerance. */
    public static final double DEFAULT_CV_TOLERANCE = 0.05;

    /**
     * What counts as agreement.
     *
     * @param rate        the largest relative difference of a group's rate
     * @param cv          the largest absolute difference of a group's CV of ISI
     * @param spikeTimeMs the largest time difference of a matched spike pair in ms, or null for one resolution step
     */
    public record Tolerances(double rate, double cv, Double spikeTimeMs) {

        /** @return {@link #DEFAULT_RATE_TOLERANCE}, {@link #DEFAULT_CV_TOLERANCE} and one step for spike times */
        public static Tolerances defaults() {
            return new Tolerances(DEFAULT_RATE_TOLERANCE, DEFAULT_CV_TOLERANCE, null);
        }
    }

    /**
     * One group's figures on the reference and on the other simulator.
     *
     * @param name                   the group's name
     * @param referenceRateHz        its rate on the reference
     * @param rateHz                 its rate on the other simulator
     * @param referenceCv            its CV of ISI on the reference, NaN when no neuron spiked twice
     * @param cv                     its CV of ISI on the other simulator
     * @param relativeRateDifference (rate − reference rate) / reference rate, NaN when the reference is silent
     * @param within                 whether the rate and the CV are within the tolerances
     */
    public record GroupVerdict(String name, double referenceRateHz, double rateHz, double referenceCv, double cv,
            double relativeRateDifference, boolean within) {
    }

    /**
     * The spike-time agreement of a group (or of all neurons).
     *
     * @param name                the group's name, or {@code all}
     * @param matched             spike pairs within the tolerance
     * @param onlyReference       spikes of the reference left unmatched
     * @param onlySimulator       spikes of the other simulator left unmatched
     * @param matchedFraction     matched spikes among all, NaN without spikes
     * @param maxAbsDifferenceMs  the largest |Δt| of a pair, NaN without pairs
     * @param meanAbsDifferenceMs the mean |Δt| of the pairs
     */
    public record Agreement(String name, long matched, long onlyReference, long onlySimulator, double matchedFraction,
            double maxAbsDifferenceMs, double meanAbsDifferenceMs) {

        static Agreement of(String name, SpikeTimeMatcher matcher) {
            return new Agreement(name, matcher.matched(), matcher.onlyA(), matcher.onlyB(), matcher.matchedFraction(),
                    matcher.matched() == 0 ? Double.NaN : matcher.maxAbsDifferenceMs(), matcher.meanAbsDifferenceMs());
        }
    }

    /**
     * One simulator against the reference.
     *
     * @param reference  the reference's id
     * @param simulator  the other simulator's id
     * @param groups     the verdict of each group
     * @param spikeTimes the agreement of each group and, last, of all neurons; empty when spike times were not
     *                   compared
     * @param within     whether every group is within the tolerances
     */
    public record Pair(String reference, String simulator, List<GroupVerdict> groups, List<Agreement> spikeTimes,
            boolean within) {
    }

    /**
     * Compares results of the same network instance and plan ({@link RunService#compare} runs the simulators).
     *
     * @param network    the network's name
     * @param edges      its edge count
     * @param plan       the plan every simulator ran
     * @param results    each simulator's result, the reference first
     * @param tolerances the tolerances
     * @return the comparison
     */
    public static SimulatorComparison of(String network, long edges, SimulationPlan plan, List<SimulationResult> results,
            Tolerances tolerances) {
        Tolerances resolved = new Tolerances(tolerances.rate(), tolerances.cv(),
                tolerances.spikeTimeMs() != null ? tolerances.spikeTimeMs() : plan.resolutionMs());
        List<String> stochastic = stochasticDevices(plan);
        List<RunSummary> summaries = results.stream().map(result -> RunSummary.of(network, edges, result)).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int s = 1; s < results.size(); s++) {
            List<GroupVerdict> groups = new ArrayList<>();
            for (int g = 0; g < summaries.get(0).groups().size(); g++) {
                groups.add(verdict(summaries.get(0).groups().get(g), summaries.get(s).groups().get(g), resolved));
            }
            List<Agreement> spikeTimes = new ArrayList<>();
            if (stochastic.isEmpty()) {
                SpikeTimeMatcher.Agreement agreement = SpikeTimeMatcher.compare(results.get(0), results.get(s),
                        resolved.spikeTimeMs());
                agreement.groups().forEach((name, matcher) -> spikeTimes.add(Agreement.of(name, matcher)));
                spikeTimes.add(Agreement.of("all", agreement.overall()));
            }
            pairs.add(new Pair(summaries.get(0).metadata().simulator(), summaries.get(s).metadata().simulator(),
                    List.copyOf(groups), List.copyOf(spikeTimes), groups.stream().allMatch(GroupVerdict::within)));
        }
        return new SimulatorComparison(network, summaries, stochastic, resolved, List.copyOf(pairs));
    }

    private static GroupVerdict verdict(RunSummary.GroupFigures x, RunSummary.GroupFigures y, Tolerances tolerances) {
        double difference = x.rateHz() == 0 ? Double.NaN : (y.rateHz() - x.rateHz()) / x.rateHz();
        boolean ratesAgree = x.rateHz() == y.rateHz() || Math.abs(difference) <= tolerances.rate();
        boolean cvsAgree = Double.isNaN(x.cvIsi()) && Double.isNaN(y.cvIsi())
                || Math.abs(x.cvIsi() - y.cvIsi()) <= tolerances.cv();
        return new GroupVerdict(x.name(), x.rateHz(), y.rateHz(), x.cvIsi(), y.cvIsi(), difference,
                ratesAgree && cvsAgree);
    }

    /**
     * @param plan a plan
     * @return its stimulation devices that draw random numbers, sorted, each once
     */
    public static List<String> stochasticDevices(SimulationPlan plan) {
        TreeSet<String> found = new TreeSet<>();
        for (SimulationPlan.Stimulus stimulus : plan.stimuli()) {
            String device = Capabilities.deviceName(stimulus);
            if (STOCHASTIC_DEVICES.contains(device)) {
                found.add(device);
            }
        }
        return List.copyOf(found);
    }

    /**
     * @return whether spike times were compared (no input is stochastic)
     */
    public boolean spikeTimesCompared() {
        return stochasticDevices.isEmpty();
    }

    /**
     * @return whether every group of every pair is within the tolerances
     */
    public boolean within() {
        return pairs.stream().allMatch(Pair::within);
    }

    /**
     * @return the comparison as {@code nngt compare --json} prints it
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("network", network);
        map.put("simulators", summaries.stream().map(summary -> summary.metadata().simulator()).toList());
        map.put("stochasticInputs", stochasticDevices);
        map.put("spikeTimesCompared", spikeTimesCompared());
        map.put("rateTolerance", tolerances.rate());
        map.put("cvTolerance", tolerances.cv());
        List<Object> comparisons = new ArrayList<>();
        for (Pair pair : pairs) {
            Map<String, Object> comparison = new LinkedHashMap<>();
            comparison.put("reference", pair.reference());
            comparison.put("simulator", pair.simulator());
            List<Object> groups = new ArrayList<>();
            for (GroupVerdict group : pair.groups()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", group.name());
                entry.put("rateHz", List.of(group.referenceRateHz(), group.rateHz()));
                entry.put("relativeRateDifference", group.relativeRateDifference());
                entry.put("cvIsi", List.of(group.referenceCv(), group.cv()));
                entry.put("withinTolerances", group.within());
                groups.add(entry);
            }
            comparison.put("groups", groups);
            if (spikeTimesCompared()) {
                Map<String, Object> spikeTimes = new LinkedHashMap<>();
                spikeTimes.put("toleranceMs", tolerances.spikeTimeMs());
                List<Agreement> rows = pair.spikeTimes();
                spikeTimes.put("groups", rows.subList(0, rows.size() - 1).stream().map(SimulatorComparison::row)
                        .toList());
                spikeTimes.put("all", row(rows.get(rows.size() - 1)));
                comparison.put("spikeTimes", spikeTimes);
            } else {
                comparison.put("spikeTimes", null);
            }
            comparisons.add(comparison);
        }
        map.put("comparisons", comparisons);
        map.put("withinTolerances", within());
        return map;
    }

    private static Map<String, Object> row(Agreement agreement) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", agreement.name());
        row.put("matched", agreement.matched());
        row.put("onlyReference", agreement.onlyReference());
        row.put("onlySimulator", agreement.onlySimulator());
        row.put("matchedFraction", agreement.matchedFraction());
        row.put("maxAbsDifferenceMs", agreement.maxAbsDifferenceMs());
        row.put("meanAbsDifferenceMs", agreement.meanAbsDifferenceMs());
        return row;
    }
}
