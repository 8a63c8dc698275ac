package nngt.dsl.validation;

/**
 * Issue codes of the .nngt validator, one per rule; quick fixes and tests refer to them.
 * <p>
 * Issue data, where quick fixes use it: for {@link #UNKNOWN_MODEL}, {@link #UNKNOWN_PARAMETER},
 * {@link #NOT_RECORDABLE} and unresolved group references
 * ({@link nngt.dsl.linking.NngtLinkingDiagnostics#UNKNOWN_REFERENCE}, a linking error) the unknown
 * name followed by the closest valid names, best first; for {@link #VALUE_OUT_OF_RANGE} the nearest
 * valid value as the user would write it, where one exists (no data otherwise).
 */
public interface IssueCodes {

    /** Prefix shared by every code. */
    String PREFIX = "nngt.";

    /** Two groups or meta-groups share a name. */
    String DUPLICATE_NAME = PREFIX + "duplicateName";
    /** The groups do not add up to the declared population size. */
    String POPULATION_SIZE = PREFIX + "populationSize";
    /** A group has no neurons. */
    String EMPTY_GROUP = PREFIX + "emptyGroup";
    /** A neuron id lies outside the population. */
    String NEURON_ID_OUT_OF_RANGE = PREFIX + "neuronIdOutOfRange";
    /** The network has no seed, so every run draws another network. */
    String MISSING_SEED = PREFIX + "missingSeed";
    /** A quantity is written in a unit of the wrong dimension. */
    String WRONG_UNIT = PREFIX + "wrongUnit";
    /** A quantity has no unit where one is expected. */
    String MISSING_UNIT = PREFIX + "missingUnit";
    /**
     * A value is outside its valid range (probabilities, sizes, times, rates...), or a number is not
     * finite.
     */
    String VALUE_OUT_OF_RANGE = PREFIX + "valueOutOfRange";
    /** A name (of a network, group, device, model or recordable) is not an identifier of the language. */
    String INVALID_NAME = PREFIX + "invalidName";
    /** A synapse key names a neuron type that no group has. */
    String SYNAPSE_KEY_MATCHES_NOTHING = PREFIX + "synapseKeyMatchesNothing";
    /** Two synapse specifications have the same key. */
    String DUPLICATE_SYNAPSE_KEY = PREFIX + "duplicateSynapseKey";
    /** A synapse specification sets weight or delay. */
    String SYNAPSE_WEIGHT_OR_DELAY = PREFIX + "synapseWeightOrDelay";
    /** A degree exceeds the partners available. */
    String IMPOSSIBLE_DEGREE = PREFIX + "impossibleDegree";
    /** More edges are requested than the selections can hold. */
    String TOO_MANY_EDGES = PREFIX + "tooManyEdges";
    /** A degree list does not have one entry per constrained neuron. */
    String DEGREE_LIST_LENGTH = PREFIX + "degreeListLength";
    /** A lattice coordination number is odd or too large. */
    String BAD_COORDINATION_NUMBER = PREFIX + "badCoordinationNumber";
    /** A rule that grows or rewires one population is given two different selections. */
    String RULE_NEEDS_ONE_POPULATION = PREFIX + "ruleNeedsOnePopulation";
    /** A rule does not allow parallel edges. */
    String MULTIGRAPH_NOT_SUPPORTED = PREFIX + "multigraphNotSupported";
    /** A delay is below the resolution or above NEST's maximum. */
    String DELAY_OUT_OF_RANGE = PREFIX + "delayOutOfRange";
    /** Step-current or spike times are not increasing, or lists differ in length. */
    String BAD_TIME_SERIES = PREFIX + "badTimeSeries";
    /** A stimulus stops before it starts. */
    String STOP_BEFORE_START = PREFIX + "stopBeforeStart";
    /** A lin_corr distribution is used where no distances exist. */
    String NO_DISTANCES = PREFIX + "noDistances";
    /** An unknown NEST neuron, synapse or device model. */
    String UNKNOWN_MODEL = PREFIX + "unknownModel";
    /** A model that the chosen NEST version does not have. */
    String MODEL_NOT_IN_VERSION = PREFIX + "modelNotInVersion";
    /** A parameter the model does not have. */
    String UNKNOWN_PARAMETER = PREFIX + "unknownParameter";
    /** Parameter values that violate one of NEST's constraints of the model. */
    String CONSTRAINT_VIOLATED = PREFIX + "constraintViolated";
    /** A weight in a unit that the target model does not take. */
    String WRONG_WEIGHT_UNIT = PREFIX + "wrongWeightUnit";
    /** A multimeter records a variable that a recorded model does not have. */
    String NOT_RECORDABLE = PREFIX + "notRecordable";
    /** A synapse parameter given as a list of values, which cannot be drawn edge by edge. */
    String SYNAPSE_VALUE_LIST = PREFIX + "synapseValueList";
    /** A device connection through a synapse model that only NEST runs. */
    String DEVICE_SYNAPSE_NEST_ONLY = PREFIX + "deviceSynapseNestOnly";
    /** The network cannot be built: more neurons or edges than its arrays can index. */
    String NETWORK_TOO_LARGE = PREFIX + "networkTooLarge";
    /**
     * The network's arrays need more memory than this Java process may use; a command that estimates
     * a whole run's memory itself (nngt run) reports that instead.
     */
    String NETWORK_BEYOND_MEMORY = PREFIX + "networkBeyondMemory";
    /** The file of a from_file connection does not exist or cannot be read. */
    String EDGE_FILE_MISSING = PREFIX + "edgeFileMissing";
    /** The file of a from_file connection is not of a format it reads, or lacks a column, population or type. */
    String EDGE_FILE_MALFORMED = PREFIX + "edgeFileMalformed";
    /** A row of a from_file connection's file does not fit the connection (ids outside the selections, sign). */
    String EDGE_FILE_ROW = PREFIX + "edgeFileRow";
    /** A from_file connection not declared multigraph whose file repeats an edge (data: the file row). */
    String EDGE_FILE_REPEATED_EDGE = PREFIX + "edgeFileRepeatedEdge";
    /** A check failed with an exception: a defect of the validator, reported instead of thrown. */
    String INTERNAL_ERROR = PREFIX + "internalError";
}
