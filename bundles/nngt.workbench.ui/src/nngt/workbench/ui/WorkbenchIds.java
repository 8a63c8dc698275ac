package nngt.workbench.ui;

/**
 * Identifiers declared in this bundle's {@code plugin.xml}: the launch configuration type, its
 * attributes, the views and the commands. Other bundles and tests refer to these constants rather
 * than repeating the strings.
 */
public final class WorkbenchIds {

    /** The bundle's symbolic name, also the plug-in id of its statuses. */
    public static final String PLUGIN_ID = "nngt.workbench.ui";

    /** The "NNGT Simulation" launch configuration type. */
    public static final String LAUNCH_TYPE = "nngt.workbench.ui.simulation";
    /** Attribute: the model file as a workspace path, e.g. {@code /project/brunel.nngt}. */
    public static final String ATTR_MODEL = "nngt.model";
    /** Attribute: the simulator id, e.g. {@code embedded}. */
    public static final String ATTR_SIMULATOR = "nngt.simulator";
    /** Attribute: worker threads; 0 keeps the model's setting. */
    public static final String ATTR_THREADS = "nngt.threads";
    /** Attribute: the seed as decimal text; empty keeps the model's seed. */
    public static final String ATTR_SEED = "nngt.seed";
    /** Attribute: the simulated time in ms as decimal text; empty keeps the model's duration. */
    public static final String ATTR_TIME_MS = "nngt.timeMs";
    /** Attribute: the results folder, relative to the model's project; empty means {@code results/<network>}. */
    public static final String ATTR_OUTPUT = "nngt.output";

    /** The simulator a new launch configuration uses. */
    public static final String DEFAULT_SIMULATOR = "embedded";

    /** The "NNGT Results" view: raster plot and per-group rates of the last run. */
    public static final String RESULTS_VIEW = "nngt.workbench.ui.resultsView";
    /** The "NNGT Network Statistics" view: degree distributions and edges per group pair. */
    public static final String STATISTICS_VIEW = "nngt.workbench.ui.statisticsView";
    /** The "NNGT Traces" view: recorded membrane potentials and other recordables per neuron of the last run. */
    public static final String TRACES_VIEW = "nngt.workbench.ui.tracesView";
    /** The "NNGT Simulator Comparison" view: per-group rates and CV of two simulators side by side. */
    public static final String COMPARISON_VIEW = "nngt.workbench.ui.comparisonView";
    /** The "NNGT Network Diagram" view: the active editor's model as groups, connections, stimuli and recorders. */
    public static final String DIAGRAM_VIEW = "nngt.workbench.ui.diagramView";

    /** Command: generate a NEST project from the selected model. */
    public static final String GENERATE_NEST_COMMAND = "nngt.workbench.ui.generateNest";
    /** Command: run the selected model on two simulators and compare them. */
    public static final String COMPARE_COMMAND = "nngt.workbench.ui.compareSimulators";

    /** The family of every job this bundle schedules, for {@code IJobManager.join} and cancellation. */
    public static final Object JOB_FAMILY = WorkbenchIds.class;

    private WorkbenchIds() {
    }
}
