package nngt.dsl.validation;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import nngt.graph.EdgeFiles;
import nngt.graph.io.EdgeFile;
import nngt.graph.io.EdgeFileException;
import nngt.model.Connection;
import nngt.model.FromFile;
import nngt.model.Network;
import nngt.model.NeuralGroup;
import nngt.model.NngtPackage;
import nngt.model.api.Groups;
import nngt.model.api.NestVersions;
import nngt.model.api.PopulationSelections;
import nngt.model.api.SynapseSpecResolver;

/**
 * The file of a {@code from_file} connection: it exists, is read by its format, and every row fits the
 * connection (ids inside the source and target selections, weight signs that agree with the source's
 * type, synapse parameters given per edge that the synapse model of the edge's group pair has), and, unless the
 * connection is declared {@code multigraph}, no edge repeated (a warning). The error
 * sits on the file name in the model and names the data's row and values. Reading a
 * file costs time, so the check runs on save ({@link CheckType#NORMAL}), and the content is cached per
 * version of the file ({@link EdgeFiles}).
 */
public class EdgeFileValidator extends NngtCheckSupport {

    /**
     * The connection's edge file can be read and every row fits the connection.
     *
     * @param rule a from_file rule
     */
    @Check(CheckType.NORMAL)
    public void checkEdgeFileReadable(FromFile rule) {
        if (!(rule.eContainer() instanceof Connection connection) || rule.getPath() == null) {
            return;
        }
        EdgeFile file;
        try {
            if (!Files.isRegularFile(EdgeFiles.locate(rule))) {
                error("The edge file '" + rule.getPath() + "' does not exist; a relative path is relative to the "
                        + "model file's folder.", rule,
                        NngtPackage.Literals.FROM_FILE__PATH, IssueCodes.EDGE_FILE_MISSING);
                return;
            }
            file = EdgeFiles.read(rule);
        } catch (EdgeFileException e) {
            error(e.getMessage(), rule, featureOf(e, rule), IssueCodes.EDGE_FILE_MALFORMED);
            return;
        }
        Network network = networkOf(connection);
        if (network == null || connection.getSources() == null || connection.getTargets() == null) {
            return;
        }
        PopulationSelections selections = selectionsOf(network.getPopulation());
        int[] sources = selections.ids(connection.getSources()).toIntArray();
        int targetCount = (int) selections.ids(connection.getTargets()).count();
        boolean[] inhibitory = new boolean[sources.length];
        for (int local = 0; local < sources.length; local++) {
            inhibitory[local] = selections.groupOf(sources[local]).map(NeuralGroup::getNeuronType)
                    .filter(type -> type == Groups.INHIBITORY).isPresent();
        }
        try {
            file.check(sources.length, targetCount, local -> inhibitory[local]);
        } catch (EdgeFileException e) {
            error(e.getMessage(), rule, NngtPackage.Literals.FROM_FILE__PATH, IssueCodes.EDGE_FILE_ROW,
                    Long.toString(e.row()));
            return;
        }
        List<NeuralGroup> groups = network.getPopulation().getGroups();
        int[] targets = selections.ids(connection.getTargets()).toIntArray();
        SynapseSpecResolver resolver = new SynapseSpecResolver(network.getSynapses());
        int[] specOfPair = new int[groups.size() * groups.size()];
        for (int s = 0; s < groups.size(); s++) {
            for (int t = 0; t < groups.size(); t++) {
                specOfPair[s * groups.size() + t] = resolver.resolve(groups.get(s), groups.get(t))
                        .map(network.getSynapses()::indexOf).orElse(-1);
            }
        }
        try {
            EdgeFiles.checkSynapseParameters(file, groupIndices(sources, selections, groups),
                    groupIndices(targets, selections, groups), groups, specOfPair, network.getSynapses(),
                    NestVersions.family(network.getNestVersion()));
        } catch (EdgeFileException e) {
            error(e.getMessage(), rule, NngtPackage.Literals.FROM_FILE__PATH, IssueCodes.EDGE_FILE_ROW,
                    Long.toString(e.row()));
            return;
        }
        checkRepeatedEdges(rule, connection, file);
    }

    /** The index in the population's groups of each neuron id's group. */
    private static int[] groupIndices(int[] ids, PopulationSelections selections, List<NeuralGroup> groups) {
        int[] indices = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            indices[i] = selections.groupOf(ids[i]).map(groups::indexOf).orElse(-1);
        }
        return indices;
    }

    /*
     * A file's parallel edges make the connection a multigraph: the edges are kept as the file gives them, but a
     * connection not declared 'multigraph' says otherwise, so the first repeated row is a warning. Local ids name
     * one neuron each (a selection holds no neuron twice), so repeats are found on them.
     */
    private void checkRepeatedEdges(FromFile rule, Connection connection, EdgeFile file) {
        if (connection.isMultigraph()) {
            return;
        }
        int repeated = file.firstRepeatedEdge();
        if (repeated >= 0) {
            warning(file.rowError(repeated, "it repeats an earlier row's edge, but the connection is not declared "
                    + "'multigraph'; the file's parallel edges are all kept, so add 'multigraph' to the connection, or "
                    + "remove the repeated rows from the file.").getMessage(), rule, NngtPackage.Literals.FROM_FILE__PATH,
                    IssueCodes.EDGE_FILE_REPEATED_EDGE, Long.toString(file.row(repeated)));
        }
    }

    /** The population or edge type clause where the message is about them, else the file name. */
    private static EStructuralFeature featureOf(EdgeFileException error, FromFile rule) {
        String message = error.getMessage();
        if (rule.getPopulation() != null && message.contains("edge population '" + rule.getPopulation() + "'")) {
            return NngtPackage.Literals.FROM_FILE__POPULATION;
        }
        if (rule.getEdgeType() != null && message.contains("no edge of type " + rule.getEdgeType())) {
            return NngtPackage.Literals.FROM_FILE__EDGE_TYPE;
        }
        return NngtPackage.Literals.FROM_FILE__PATH;
    }
}
