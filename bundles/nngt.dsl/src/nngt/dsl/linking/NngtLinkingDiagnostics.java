package nngt.dsl.linking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import nngt.catalog.NestCatalog;
import nngt.dsl.validation.IssueCodes;
import nngt.model.Group;
import nngt.model.Network;

/**
 * Messages of unresolved group references: Xtext's sentence plus "did you mean" with the closest
 * declared groups, and issue data (the unknown name, then those groups) for quick fixes.
 */
public class NngtLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

    /**
     * Issue code of a reference to a group that the network does not declare. Not in IssueCodes,
     * whose codes are the validator's: this one comes from the linker, before validation.
     */
    public static final String UNKNOWN_REFERENCE = IssueCodes.PREFIX + "unknownReference";

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass referenceType = context.getReference().getEReferenceType();
        Network network = EcoreUtil2.getContainerOfType(context.getContext(), Network.class);
        List<String> declared = new ArrayList<>();
        if (network != null) {
            for (Group group : EcoreUtil2.getAllContentsOfType(network, Group.class)) {
                if (referenceType.isInstance(group) && group.getName() != null) {
                    declared.add(group.getName());
                }
            }
        }
        String unknown = context.getLinkText();
        List<String> close = NestCatalog.suggestions(unknown, declared);
        String message = "Couldn't resolve reference to " + referenceType.getName() + " '" + unknown + "'"
                + (close.isEmpty() ? "." : "; did you mean " + String.join(" or ", close) + "?");
        List<String> data = new ArrayList<>();
        data.add(unknown);
        data.addAll(close);
        return new DiagnosticMessage(message, Severity.ERROR, UNKNOWN_REFERENCE,
                data.toArray(String[]::new));
    }
}
