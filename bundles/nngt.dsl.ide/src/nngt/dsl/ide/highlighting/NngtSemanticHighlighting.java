package nngt.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.util.CancelIndicator;

import nngt.model.GroupEndpoint;
import nngt.model.GroupSelection;
import nngt.model.MetaGroup;
import nngt.model.Multimeter;
import nngt.model.NeuralGroup;
import nngt.model.NngtPackage;
import nngt.model.Parameter;
import nngt.model.PoissonInput;
import nngt.model.Quantity;
import nngt.model.SynapseSpec;

/**
 * Semantic highlighting of .nngt files: NEST model names, group declarations and references, parameter
 * names and units, each with a style id of {@link #STYLES}.
 */
public class NngtSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

    /** Style of NEST model names (neuron and synapse models). */
    public static final String MODEL = "nngt.model";
    /** Style of group names, declared or referenced. */
    public static final String GROUP = "nngt.group";
    /** Style of parameter and recordable names. */
    public static final String PARAMETER = "nngt.parameter";
    /** Style of units. */
    public static final String UNIT = "nngt.unit";
    /** Every style this calculator uses. */
    public static final String[] STYLES = { MODEL, GROUP, PARAMETER, UNIT };

    @Override
    protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancelIndicator) {
        if (object instanceof NeuralGroup) {
            highlightFeature(acceptor, object, NngtPackage.Literals.GROUP__NAME, GROUP);
            highlightFeature(acceptor, object, NngtPackage.Literals.NEURAL_GROUP__NEURON_MODEL, MODEL);
        } else if (object instanceof MetaGroup) {
            highlightFeature(acceptor, object, NngtPackage.Literals.GROUP__NAME, GROUP);
            highlightFeature(acceptor, object, NngtPackage.Literals.META_GROUP__GROUPS, GROUP);
        } else if (object instanceof GroupSelection) {
            highlightFeature(acceptor, object, NngtPackage.Literals.GROUP_SELECTION__GROUPS, GROUP);
        } else if (object instanceof GroupEndpoint) {
            highlightFeature(acceptor, object, NngtPackage.Literals.GROUP_ENDPOINT__GROUP, GROUP);
        } else if (object instanceof SynapseSpec) {
            highlightFeature(acceptor, object, NngtPackage.Literals.SYNAPSE_SPEC__SYNAPSE_MODEL, MODEL);
        } else if (object instanceof PoissonInput) {
            highlightFeature(acceptor, object, NngtPackage.Literals.POISSON_INPUT__SYNAPSE_MODEL, MODEL);
        } else if (object instanceof Parameter) {
            highlightFeature(acceptor, object, NngtPackage.Literals.PARAMETER__NAME, PARAMETER);
        } else if (object instanceof Multimeter) {
            highlightFeature(acceptor, object, NngtPackage.Literals.MULTIMETER__RECORD_FROM, PARAMETER);
        } else if (object instanceof Quantity) {
            highlightFeature(acceptor, object, NngtPackage.Literals.QUANTITY__UNIT, UNIT);
        }
        return false;
    }
}
