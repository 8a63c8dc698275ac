package nngt.dsl.formatting2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.xbase.lib.Pair;

import nngt.model.NeuralGroup;
import nngt.model.Network;

/**
 * Lays out .nngt files: one statement per line inside the network, indented by one level; one
 * space around {@code =} and {@code ->}, after {@code :} and {@code ,}; none inside brackets.
 * Line breaks the author put after commas and between statements are kept (at most one blank line),
 * so long parameter lists stay readable.
 */
public class NngtFormatter extends AbstractJavaFormatter {

    /** Indentation of one level when the request does not choose one: two spaces, as in the examples. */
    public static final String DEFAULT_INDENTATION = "  ";

    @Override
    protected void initialize(FormatterRequest request) {
        ITypedPreferenceValues preferences = request.getPreferences();
        if (preferences.getPreference(FormatterPreferenceKeys.indentation) == null
                || preferences.getPreference(FormatterPreferenceKeys.indentation)
                        .equals(FormatterPreferenceKeys.indentation.getDefaultValue())) {
            MapBasedPreferenceValues withDefault = new MapBasedPreferenceValues(preferences, new HashMap<>());
            withDefault.put(FormatterPreferenceKeys.indentation, DEFAULT_INDENTATION);
            withDefault.put(FormatterPreferenceKeys.indentationLength, DEFAULT_INDENTATION.length());
            request.setPreferences(withDefault);
        }
        super.initialize(request);
    }

    /**
     * Formats a whole network.
     *
     * @param network the network
     * @param doc the document to format
     */
    protected void format(Network network, IFormattableDocument doc) {
        ISemanticRegionsFinder all = allRegionsFor(network);
        formatPunctuation(all, doc);

        ISemanticRegion open = regionFor(network).keyword("{");
        ISemanticRegion close = regionFor(network).keyword("}");
        doc.append(regionFor(network).keyword("network"), this::oneSpace);
        doc.prepend(open, this::oneSpace);
        doc.interior(open, close, this::indent);
        doc.prepend(close, this::newLine);
        for (ISemanticRegion keyword : regionFor(network).keywords("seed", "nest")) {
            doc.prepend(keyword, this::statementBreak);
        }
        doc.prepend(regionFor(network.getPopulation()).keyword("population"), this::statementBreak);
        for (EObject statement : statementsOf(network)) {
            doc.prepend(statement, this::statementBreak);
        }
        for (NeuralGroup group : network.getPopulation().getGroups()) {
            formatBlock(group, doc);
        }
        network.getSynapses().forEach(spec -> formatBlock(spec, doc));
        network.getRandomizations().forEach(randomization -> formatBlock(randomization, doc));
    }

    private void formatPunctuation(ISemanticRegionsFinder all, IFormattableDocument doc) {
        for (ISemanticRegion comma : all.keywords(",")) {
            doc.prepend(comma, this::noSpace);
            doc.append(comma, this::spaceOrKeptBreak);
        }
        for (ISemanticRegion region : all.keywords("=", "->")) {
            doc.surround(region, this::oneSpace);
        }
        for (ISemanticRegion colon : all.keywords(":")) {
            doc.prepend(colon, this::noSpace);
            doc.append(colon, this::oneSpace);
        }
        for (Pair<ISemanticRegion, ISemanticRegion> parentheses : all.keywordPairs("(", ")")) {
            doc.prepend(parentheses.getKey(), this::noSpace);
            doc.append(parentheses.getKey(), this::noSpace);
            doc.prepend(parentheses.getValue(), this::noSpace);
        }
        for (Pair<ISemanticRegion, ISemanticRegion> brackets : all.keywordPairs("[", "]")) {
            doc.append(brackets.getKey(), this::noSpace);
            doc.prepend(brackets.getValue(), this::noSpace);
        }
    }

    /* A parameter block in braces: on one line when written on one line, else one indented level. */
    private void formatBlock(EObject owner, IFormattableDocument doc) {
        ISemanticRegion open = regionFor(owner).keyword("{");
        ISemanticRegion close = regionFor(owner).keyword("}");
        if (open == null || close == null) {
            return;
        }
        doc.prepend(open, this::oneSpace);
        if (isMultiline(owner)) {
            doc.interior(open, close, this::indent);
            doc.append(open, this::newLine);
            doc.prepend(close, this::newLine);
        } else {
            doc.append(open, this::oneSpace);
            doc.prepend(close, this::oneSpace);
        }
    }

    private static List<EObject> statementsOf(Network network) {
        List<EObject> statements = new ArrayList<>();
        statements.addAll(network.getPopulation().getGroups());
        statements.addAll(network.getPopulation().getMetaGroups());
        statements.addAll(network.getSynapses());
        statements.addAll(network.getConnections());
        if (network.getSpace() != null) {
            statements.add(network.getSpace());
        }
        statements.addAll(network.getStimuli());
        statements.addAll(network.getRecorders());
        statements.addAll(network.getRandomizations());
        if (network.getSimulation() != null) {
            statements.add(network.getSimulation());
        }
        return statements;
    }

    private void statementBreak(IHiddenRegionFormatter format) {
        format.setNewLines(1, 1, 2);
    }

    private void spaceOrKeptBreak(IHiddenRegionFormatter format) {
        format.setNewLines(0, 0, 1);
        format.oneSpace();
    }
}
