package nngt.dsl.ide.references;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

import nngt.dsl.services.NngtGrammarAccess;
import nngt.model.Group;
import nngt.model.MetaGroup;
import nngt.model.NngtPackage;
import nngt.model.Population;

/**
 * Where a group or metagroup of a .nngt file is named: its declaration and every reference to it
 * (connections, metagroups, synapse keys, stimuli, recorders, randomizations). Mark occurrences,
 * find references and rename all read them from here, in the editor and in the language server
 * alike, so the two never disagree. A .nngt file is self-contained, so every reference lies in the
 * file that declares the group.
 */
public class GroupOccurrences {

    /* The ID terminal without its '^' escape (a name is written as the user will read it). */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Inject
    private EObjectAtOffsetHelper offsetHelper;

    @Inject
    private NngtGrammarAccess grammar;

    /**
     * The occurrences of one group.
     *
     * @param group the group or metagroup
     * @param declaration the name in its declaration
     * @param references the names that refer to it, in document order
     */
    public record Occurrences(Group group, ITextRegion declaration, List<ITextRegion> references) {

        /**
         * @return the declaration and then the references
         */
        public List<ITextRegion> all() {
            List<ITextRegion> all = new ArrayList<>(references.size() + 1);
            all.add(declaration);
            all.addAll(references);
            return all;
        }

        /**
         * @return "group" or "metagroup", for messages
         */
        public String kind() {
            return group instanceof MetaGroup ? "metagroup" : "group";
        }
    }

    /**
     * Finds the group whose name, declared or referred to, touches an offset (the caret may sit just
     * after the name).
     *
     * @param resource a parsed .nngt file
     * @param offset an offset in its text
     * @return the group's occurrences, empty when no group name is there
     */
    public Optional<Occurrences> at(XtextResource resource, int offset) {
        IParseResult parse = resource.getParseResult();
        if (parse == null || parse.getRootNode() == null) {
            return Optional.empty();
        }
        ICompositeNode root = parse.getRootNode();
        for (int candidate : new int[] { offset, offset - 1 }) {
            if (candidate < 0 || candidate >= root.getTotalEndOffset()) {
                continue;
            }
            ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, candidate);
            if (leaf == null || leaf.isHidden()) {
                continue;
            }
            Group group = groupNamedBy(leaf);
            if (group != null) {
                return Optional.of(of(group));
            }
        }
        return Optional.empty();
    }

    /**
     * @param group a group or metagroup of a parsed file
     * @return its declaration and all references to it in its file
     */
    public Occurrences of(Group group) {
        ITextRegion declaration = declarationName(group);
        List<ITextRegion> references = new ArrayList<>();
        ICompositeNode root = NodeModelUtils.getNode(EcoreUtil2.getRootContainer(group));
        for (INode node : root.getAsTreeIterable()) {
            if (node.getGrammarElement() instanceof CrossReference && !(node instanceof ILeafNode leaf && leaf.isHidden())
                    && offsetHelper.getCrossReferencedElement(node) == group) {
                references.add(significant(node));
            }
        }
        return new Occurrences(group, declaration, List.copyOf(references));
    }

    /**
     * Checks a new name for a group before renaming it.
     *
     * @param occurrences the group's occurrences
     * @param newName the proposed name
     * @return why the name cannot be used (a full sentence), or empty when it can
     */
    public Optional<String> checkNewName(Occurrences occurrences, String newName) {
        String kind = occurrences.kind();
        if (newName == null || !IDENTIFIER.matcher(newName).matches()) {
            return Optional.of("'" + newName + "' is not a valid " + kind
                    + " name: a name starts with a letter or '_' and has only letters, digits and '_'.");
        }
        if (reservedKeywords().contains(newName)) {
            return Optional.of("'" + newName + "' is not a valid " + kind + " name: it is a keyword of the .nngt language.");
        }
        Population population = EcoreUtil2.getContainerOfType(occurrences.group(), Population.class);
        if (population != null) {
            for (Group other : EcoreUtil2.getAllContentsOfType(population, Group.class)) {
                if (other != occurrences.group() && newName.equals(other.getName())) {
                    return Optional.of("The population already has a " + (other instanceof MetaGroup ? "metagroup"
                            : "group") + " named '" + newName + "'; choose another name.");
                }
            }
        }
        return Optional.empty();
    }

    /* The grammar's keywords that ValidID does not also accept as a name. */
    private Set<String> reservedKeywords() {
        Set<String> reserved = new HashSet<>(GrammarUtil.getAllKeywords(grammar.getGrammar()));
        GrammarUtil.containedKeywords(grammar.getValidIDRule()).forEach(k -> reserved.remove(k.getValue()));
        return reserved;
    }

    private Group groupNamedBy(ILeafNode leaf) {
        for (INode node = leaf; node != null; node = node.getParent()) {
            if (node.getGrammarElement() instanceof CrossReference) {
                EObject target = offsetHelper.getCrossReferencedElement(node);
                return target instanceof Group group && !target.eIsProxy() ? group : null;
            }
        }
        EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
        if (element instanceof Group group) {
            ITextRegion name = declarationName(group);
            if (name != null && leaf.getOffset() >= name.getOffset()
                    && leaf.getEndOffset() <= name.getOffset() + name.getLength()) {
                return group;
            }
        }
        return null;
    }

    private static ITextRegion declarationName(Group group) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(group, NngtPackage.Literals.GROUP__NAME);
        return nodes.isEmpty() ? null : significant(nodes.get(0));
    }

    /* A node's text without the hidden tokens (spaces, comments) that the parser attached to it. */
    private static ITextRegion significant(INode node) {
        int start = -1;
        int end = -1;
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                if (start < 0) {
                    start = leaf.getOffset();
                }
                end = leaf.getEndOffset();
            }
        }
        return start < 0 ? new TextRegion(node.getOffset(), node.getLength()) : new TextRegion(start, end - start);
    }
}
