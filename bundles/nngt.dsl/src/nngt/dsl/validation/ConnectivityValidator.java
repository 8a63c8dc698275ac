package nngt.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import nngt.model.Circular;
import nngt.model.Connection;
import nngt.model.ConnectivityRule;
import nngt.model.CorrelationAttribute;
import nngt.model.DegreeType;
import nngt.model.Distribution;
import nngt.model.DistanceRule;
import nngt.model.EdgeCountRule;
import nngt.model.ErdosRenyi;
import nngt.model.FixedDegree;
import nngt.model.FromDegreeList;
import nngt.model.GaussianDegree;
import nngt.model.LatticeRule;
import nngt.model.LinearCorrelation;
import nngt.catalog.NestCatalog;
import nngt.catalog.SimulatorLimits;
import nngt.model.NestVersion;
import nngt.model.Network;
import nngt.model.NewmanWatts;
import nngt.model.NngtPackage;
import nngt.model.PriceScaleFree;
import nngt.model.Quantity;
import nngt.model.RandomScaleFree;
import nngt.model.WattsStrogatz;
import nngt.model.api.Dimension;
import nngt.model.api.IdRanges;
import nngt.model.api.NetworkFootprint;
import nngt.model.api.PopulationSelections;
import nngt.model.api.Units;

/**
 * Rules on connections: parameter ranges of every generator (per keystroke) and feasibility against the
 * selected neurons (on save): degrees above the available partners, more edges than pairs, lattices on
 * two populations. Also the unit and range of delays.
 */
public class ConnectivityValidator extends NngtCheckSupport {

    /**
     * Probabilities, densities, exponents and counts of a rule lie in their ranges.
     *
     * @param rule a connectivity rule
     */
    @Check
    public void checkRuleParameterRanges(ConnectivityRule rule) {
        if (rule instanceof EdgeCountRule counted) {
            if (counted.getDensity() != null && (counted.getDensity() < 0 || counted.getDensity() > 1)) {
                outOfRange("Density " + Quantities.number(counted.getDensity()) + " is outside [0, 1]; it is the fraction of "
                        + "source-target pairs that are connected.", rule, NngtPackage.Literals.EDGE_COUNT_RULE__DENSITY,
                        Math.max(0, Math.min(1, counted.getDensity())));
            }
            if (counted.getAverageDegree() != null && counted.getAverageDegree() < 0) {
                outOfRange("Average degree " + Quantities.number(counted.getAverageDegree()) + " is negative; it must be 0 or more.",
                        rule, NngtPackage.Literals.EDGE_COUNT_RULE__AVERAGE_DEGREE, 0);
            }
        }
        checkProbability(reciprocityOf(rule), "Reciprocity", rule, reciprocityFeature(rule));
        if (rule instanceof GaussianDegree gaussian) {
            if (gaussian.getAverage() < 0) {
                outOfRange("Average degree " + Quantities.number(gaussian.getAverage()) + " is negative; it must be 0 or more.",
                        rule, NngtPackage.Literals.GAUSSIAN_DEGREE__AVERAGE, 0);
            }
            if (gaussian.getDeviation() < 0) {
                outOfRange("Degree deviation " + Quantities.number(gaussian.getDeviation()) + " is negative; it must be 0 or more.",
                        rule, NngtPackage.Literals.GAUSSIAN_DEGREE__DEVIATION, 0);
            }
        } else if (rule instanceof RandomScaleFree scaleFree) {
            checkExponent(scaleFree.getInExponent(), "in_exp", rule, NngtPackage.Literals.RANDOM_SCALE_FREE__IN_EXPONENT);
            checkExponent(scaleFree.getOutExponent(), "out_exp", rule,
                    NngtPackage.Literals.RANDOM_SCALE_FREE__OUT_EXPONENT);
        } else if (rule instanceof PriceScaleFree price) {
            if (price.getM() < 1) {
                outOfRange("price_scale_free needs m >= 1 edges per new neuron; m is " + price.getM() + ".", rule,
                        NngtPackage.Literals.PRICE_SCALE_FREE__M, 1);
            }
            if (price.getC() != null && price.getC() <= 0) {
                outOfRange("Attractiveness c = " + Quantities.number(price.getC()) + " must be above 0 for a directed network, "
                        + "or every neuron without in-edges stays unreachable.", rule,
                        NngtPackage.Literals.PRICE_SCALE_FREE__C);
            }
        } else if (rule instanceof LatticeRule lattice) {
            int k = lattice.getCoordinationNumber();
            if (k < 2 || k % 2 != 0) {
                error("The coordination number " + k + " must be even and at least 2: each neuron links to coord_nb/2 "
                        + "neighbours on each side.", rule, NngtPackage.Literals.LATTICE_RULE__COORDINATION_NUMBER,
                        IssueCodes.BAD_COORDINATION_NUMBER);
            }
            if (rule instanceof NewmanWatts newmanWatts) {
                checkProbability(newmanWatts.getShortcutProbability(), "Shortcut probability", rule,
                        NngtPackage.Literals.NEWMAN_WATTS__SHORTCUT_PROBABILITY);
            } else if (rule instanceof WattsStrogatz wattsStrogatz) {
                checkProbability(wattsStrogatz.getShortcutProbability(), "Rewiring probability", rule,
                        NngtPackage.Literals.WATTS_STROGATZ__SHORTCUT_PROBABILITY);
            }
        } else if (rule instanceof DistanceRule distance) {
            checkDimension(distance.getScale(), Dimension.LENGTH, "distance scale");
            if (distance.getScale() != null && distance.getScale().getMagnitude() <= 0) {
                outOfRange("The distance scale must be above 0; it is " + Quantities.text(distance.getScale()) + ".",
                        distance.getScale(), NngtPackage.Literals.QUANTITY__MAGNITUDE);
            }
            if (distance.getMaxProbability() != null
                    && (distance.getMaxProbability() <= 0 || distance.getMaxProbability() > 1)) {
                outOfRange("max_proba " + Quantities.number(distance.getMaxProbability()) + " is outside (0, 1].", rule,
                        NngtPackage.Literals.DISTANCE_RULE__MAX_PROBABILITY);
            }
            if (distance.getMaxProbability() == null && distance.getDensity() == null && distance.getEdges() == null
                    && distance.getAverageDegree() == null) {
                error("distance_rule needs an edge count (density, edges or avg_deg) or max_proba.", rule,
                        NngtPackage.Literals.DISTANCE_RULE__SCALE, IssueCodes.VALUE_OUT_OF_RANGE);
            }
        }
    }

    /**
     * Delays are times between the resolution and NEST's maximum; weights and delays of lin_corr on
     * distance need positions.
     *
     * @param connection a connection
     */
    @Check
    public void checkDelays(Connection connection) {
        Distribution delays = connection.getDelays();
        if (delays == null) {
            return;
        }
        for (Quantity quantity : Quantities.of(delays)) {
            checkDimension(quantity, Dimension.TIME, "delay");
        }
        if (!Quantities.of(delays).stream().allMatch(q -> Units.dimension(q.getUnit()) == Dimension.TIME
                || q.getUnit() == nngt.model.Unit.NONE)) {
            return;
        }
        double resolution = resolutionOf(networkOf(connection));
        double lowest = Quantities.lowerBound(delays);
        if (!Double.isNaN(lowest) && lowest < resolution - 1e-12) {
            error("Delay " + Quantities.nestText(lowest, Dimension.TIME) + " is below the resolution "
                    + Quantities.nestText(resolution, Dimension.TIME) + "; NEST needs delays of at least one time step.",
                    connection, NngtPackage.Literals.CONNECTION__DELAYS, IssueCodes.DELAY_OUT_OF_RANGE);
        }
        double highest = Quantities.upperBound(delays);
        Network network = networkOf(connection);
        // NEST stores delays in a step counter of a fixed width (the catalog's kernel facts).
        double maximum = NestCatalog.standard()
                .kernel(NestModelValidator.familyOf(network == null ? NestVersion.NEST3 : network.getNestVersion()))
                .maxDelayMs(resolution);
        // Beyond the largest magnitude of any value, NumberValidator reports the delay alone.
        if (highest > maximum && highest <= SimulatorLimits.MAX_MAGNITUDE) {
            error("Delay " + Quantities.nestText(highest, Dimension.TIME) + " is above NEST's maximum of "
                    + Quantities.nestText(maximum, Dimension.TIME) + " (its step counter's maximum, in steps of "
                    + Quantities.nestText(resolution, Dimension.TIME) + ").", connection,
                    NngtPackage.Literals.CONNECTION__DELAYS, IssueCodes.DELAY_OUT_OF_RANGE);
        }
    }

    /**
     * A lin_corr on distance needs positions: a space, or a distance rule that places neurons.
     *
     * @param correlation a linear correlation
     */
    @Check
    public void checkDistanceCorrelationHasSpace(LinearCorrelation correlation) {
        if (correlation.getAttribute() != CorrelationAttribute.DISTANCE) {
            return;
        }
        Network network = networkOf(correlation);
        if (network == null || network.getSpace() != null) {
            return;
        }
        EObject container = correlation.eContainer();
        if (container instanceof Connection connection && connection.getRule() instanceof DistanceRule) {
            return;
        }
        error("lin_corr on distance needs neuron positions; add a 'space' to the network or use distance_rule.",
                correlation, NngtPackage.Literals.LINEAR_CORRELATION__ATTRIBUTE, IssueCodes.NO_DISTANCES);
    }

    /**
     * Degrees, edge counts and lattices are possible with the selected neurons.
     *
     * @param connection a connection
     */
    @Check(CheckType.NORMAL)
    public void checkConnectivityFeasible(Connection connection) {
        Network network = networkOf(connection);
        if (network == null || connection.getSources() == null || connection.getTargets() == null
                || connection.getRule() == null) {
            return;
        }
        IdRanges sources = selectionsOf(network.getPopulation()).ids(connection.getSources());
        IdRanges targets = selectionsOf(network.getPopulation()).ids(connection.getTargets());
        long sourceCount = sources.count();
        long targetCount = targets.count();
        long sharedCount = sources.sharedCount(targets);
        boolean overlap = sharedCount > 0;
        boolean samePopulation = sources.equals(targets);
        boolean multigraph = connection.isMultigraph();
        ConnectivityRule rule = connection.getRule();
        DegreeType degreeType = connection.getDegreeType();
        long partners = partners(degreeType, sourceCount, targetCount, overlap);
        String partnerText = partnerText(degreeType, sourceCount, targetCount, overlap);

        if (rule instanceof FixedDegree fixed && !multigraph && fixed.getDegree() > partners) {
            error("Degree " + fixed.getDegree() + " is more than the " + partnerText
                    + "; lower it or add 'multigraph'.", rule, NngtPackage.Literals.FIXED_DEGREE__DEGREE,
                    IssueCodes.IMPOSSIBLE_DEGREE);
        } else if (rule instanceof GaussianDegree gaussian && !multigraph && gaussian.getAverage() > partners) {
            error("Average degree " + Quantities.number(gaussian.getAverage()) + " is more than the " + partnerText
                    + "; lower it or add 'multigraph'.", rule, NngtPackage.Literals.GAUSSIAN_DEGREE__AVERAGE,
                    IssueCodes.IMPOSSIBLE_DEGREE);
        } else if (rule instanceof FromDegreeList list) {
            checkDegreeList(list, degreeType, sourceCount, targetCount, partners, partnerText, multigraph);
        } else if (rule instanceof EdgeCountRule counted) {
            checkEdgeCount(counted, sourceCount, targetCount, sharedCount, multigraph);
        }
        if (rule instanceof LatticeRule || rule instanceof PriceScaleFree) {
            if (!samePopulation) {
                error(ruleName(rule) + " grows or rewires one population, so its sources and targets must be the "
                        + "same neurons; here they differ.", connection, NngtPackage.Literals.CONNECTION__TARGETS,
                        IssueCodes.RULE_NEEDS_ONE_POPULATION);
            } else if (rule instanceof LatticeRule lattice && lattice.getCoordinationNumber() >= sourceCount) {
                error("The coordination number " + lattice.getCoordinationNumber() + " must be below the "
                        + sourceCount + " neurons of the ring.", rule,
                        NngtPackage.Literals.LATTICE_RULE__COORDINATION_NUMBER, IssueCodes.BAD_COORDINATION_NUMBER);
            } else if (rule instanceof PriceScaleFree price && price.getM() >= sourceCount) {
                error("m = " + price.getM() + " edges per new neuron must be below the " + sourceCount
                        + " neurons of the population.", rule, NngtPackage.Literals.PRICE_SCALE_FREE__M,
                        IssueCodes.IMPOSSIBLE_DEGREE);
            }
            if (rule instanceof NewmanWatts newmanWatts && newmanWatts.getEdges() != null && samePopulation
                    && newmanWatts.getEdges() > sourceCount * (sourceCount - 1)) {
                error(newmanWatts.getEdges() + " edges are more than the " + sourceCount * (sourceCount - 1)
                        + " ordered pairs of " + sourceCount + " neurons.", rule,
                        NngtPackage.Literals.NEWMAN_WATTS__EDGES, IssueCodes.TOO_MANY_EDGES);
            }
        }
        if (multigraph && (rule instanceof LatticeRule || rule instanceof PriceScaleFree)) {
            error(ruleName(rule) + " cannot build a multigraph; remove 'multigraph'.", connection,
                    NngtPackage.Literals.CONNECTION__MULTIGRAPH, IssueCodes.MULTIGRAPH_NOT_SUPPORTED);
        }
    }

    private void checkDegreeList(FromDegreeList list, DegreeType degreeType, long sourceCount, long targetCount,
            long partners, String partnerText, boolean multigraph) {
        long constrained = degreeType == DegreeType.OUT ? sourceCount : targetCount;
        String side = degreeType == DegreeType.OUT ? "source" : "target";
        if (degreeType == DegreeType.TOTAL) {
            constrained = sourceCount;
            side = "source";
        }
        if (list.getDegrees().size() != constrained) {
            error("The degree list has " + list.getDegrees().size() + " entries but there are " + constrained + " "
                    + side + " neurons; give one degree per " + side + " neuron.", list,
                    NngtPackage.Literals.FROM_DEGREE_LIST__DEGREES, IssueCodes.DEGREE_LIST_LENGTH);
        }
        if (!multigraph) {
            EntryErrors errors = new EntryErrors(list, NngtPackage.Literals.FROM_DEGREE_LIST__DEGREES,
                    IssueCodes.IMPOSSIBLE_DEGREE);
            for (int i = 0; i < list.getDegrees().size(); i++) {
                if (list.getDegrees().get(i) > partners) {
                    errors.error("Degree " + list.getDegrees().get(i) + " (entry " + i + ") is more than the "
                            + partnerText + "; lower it or add 'multigraph'.", i);
                }
            }
            errors.finish("degrees", "are more than the " + partnerText);
        }
    }

    private void checkEdgeCount(EdgeCountRule rule, long sourceCount, long targetCount, long sharedCount,
            boolean multigraph) {
        long requested = NetworkFootprint.requestedEdges(rule, sourceCount, targetCount);
        EStructuralFeature feature;
        if (rule.getAverageDegree() != null) {
            feature = NngtPackage.Literals.EDGE_COUNT_RULE__AVERAGE_DEGREE;
        } else if (rule.getEdges() != null) {
            feature = NngtPackage.Literals.EDGE_COUNT_RULE__EDGES;
        } else if (rule.getDensity() != null) {
            feature = NngtPackage.Literals.EDGE_COUNT_RULE__DENSITY;
        } else {
            return;
        }
        long pairs = sourceCount * targetCount - sharedCount;
        if (requested > NetworkFootprint.MAX_ARRAY_LENGTH && (multigraph || pairs > NetworkFootprint.MAX_ARRAY_LENGTH)) {
            error(requested + " edges are requested but one network holds at most " + NetworkFootprint.MAX_ARRAY_LENGTH
                    + " edges, the entries that its arrays can index; lower the count.", rule, feature,
                    IssueCodes.NETWORK_TOO_LARGE);
        } else if (!multigraph && requested > pairs) {
            error(requested + " edges are requested but only " + pairs + " source-target pairs exist without "
                    + "self-loops (" + sourceCount + " sources x " + targetCount + " targets"
                    + (sharedCount > 0 ? " - " + sharedCount + " self-pairs" : "") + "); lower the count or add "
                    + "'multigraph'.", rule, feature, IssueCodes.TOO_MANY_EDGES);
        }
    }

    /**
     * The network can be built: its connections create no more edges than one network's arrays index,
     * and its arrays fit in the memory this Java process may use (estimated from the edge and neuron
     * counts, see {@link NetworkFootprint}).
     *
     * @param network the network
     */
    @Check(CheckType.NORMAL)
    public void checkNetworkFitsInMemory(Network network) {
        PopulationSelections selections = selectionsOf(network.getPopulation());
        if (selections.size() > NetworkFootprint.MAX_ARRAY_LENGTH) {
            return; // reported by StructureValidator#checkPopulationSizeFits
        }
        long total = 0;
        for (Connection connection : network.getConnections()) {
            long edges = NetworkFootprint.expectedEdges(connection, selections.ids(connection.getSources()),
                    selections.ids(connection.getTargets()));
            total = Math.min(Long.MAX_VALUE / 2, total + edges);
            if (total > NetworkFootprint.MAX_ARRAY_LENGTH) {
                error("With this connection the network has " + total + " edges; one network holds at most "
                        + NetworkFootprint.MAX_ARRAY_LENGTH + " edges, the entries that its arrays can index.",
                        connection, NngtPackage.Literals.CONNECTION__RULE, IssueCodes.NETWORK_TOO_LARGE);
                return;
            }
        }
        NetworkFootprint footprint = NetworkFootprint.of(network, selections);
        String refusal = footprint.refusal(NetworkFootprint.availableBytes());
        if (refusal != null) {
            error(refusal, network, NngtPackage.Literals.NETWORK__NAME, IssueCodes.NETWORK_BEYOND_MEMORY);
        }
    }

    /* For in-degrees each target draws among the sources, minus itself when it is one of them. */
    private static long partners(DegreeType degreeType, long sourceCount, long targetCount, boolean overlap) {
        long self = overlap ? 1 : 0;
        return switch (degreeType) {
            case IN -> sourceCount - self;
            case OUT -> targetCount - self;
            case TOTAL -> sourceCount + targetCount - 2 * self;
        };
    }

    private static String partnerText(DegreeType degreeType, long sourceCount, long targetCount, boolean overlap) {
        long count = partners(degreeType, sourceCount, targetCount, overlap);
        String who = switch (degreeType) {
            case IN -> "source neurons each target can receive from";
            case OUT -> "target neurons each source can send to";
            case TOTAL -> "partners each neuron can have";
        };
        return count + " " + who + (overlap ? " (self-loops excluded)" : "");
    }

    private void checkProbability(Double value, String what, EObject owner, EStructuralFeature feature) {
        if (value != null && (value < 0 || value > 1)) {
            outOfRange(what + " " + Quantities.number(value) + " is outside [0, 1].", owner, feature, Math.max(0, Math.min(1, value)));
        }
    }

    private void checkExponent(double exponent, String name, EObject owner, EStructuralFeature feature) {
        if (exponent <= 1) {
            outOfRange(name + " = " + Quantities.number(exponent) + " gives a degree distribution k^-" + Quantities.number(exponent)
                    + " that cannot be normalised; exponents must be above 1.", owner, feature);
        }
    }

    private static Double reciprocityOf(ConnectivityRule rule) {
        if (rule instanceof ErdosRenyi er) {
            return er.getReciprocity();
        }
        if (rule instanceof RandomScaleFree sf) {
            return sf.getReciprocity();
        }
        if (rule instanceof PriceScaleFree price) {
            return price.getReciprocity();
        }
        if (rule instanceof LatticeRule lattice) {
            return lattice.getLatticeReciprocity();
        }
        return null;
    }

    private static EStructuralFeature reciprocityFeature(ConnectivityRule rule) {
        if (rule instanceof ErdosRenyi) {
            return NngtPackage.Literals.ERDOS_RENYI__RECIPROCITY;
        }
        if (rule instanceof RandomScaleFree) {
            return NngtPackage.Literals.RANDOM_SCALE_FREE__RECIPROCITY;
        }
        if (rule instanceof PriceScaleFree) {
            return NngtPackage.Literals.PRICE_SCALE_FREE__RECIPROCITY;
        }
        return NngtPackage.Literals.LATTICE_RULE__LATTICE_RECIPROCITY;
    }

    private static String ruleName(ConnectivityRule rule) {
        if (rule instanceof Circular) {
            return "circular";
        }
        if (rule instanceof NewmanWatts) {
            return "newman_watts";
        }
        if (rule instanceof WattsStrogatz) {
            return "watts_strogatz";
        }
        return "price_scale_free";
    }
}
