package nngt.dsl.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

import nngt.catalog.NestCatalog;
import nngt.dsl.validation.IssueCodes;
import nngt.model.Group;
import nngt.model.Network;

/**
 * Messages of unresolved group references: Xtext's sentence plus "did you mean" with the closest
 * declared groups, and issue data (the unknown name, then those groups) for quick fixes.
 * <p>
 * The declared groups are collected once per version of a resource, and only the first
 * {@link #MAX_SUGGESTED_REFERENCES} unresolved references of a resource get suggestions: a text of
 * thousands of unresolved names (a paste gone wrong) is then linked in time linear in its size.
 */
public class NngtLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

    /**
     * Issue code of a reference to a group that the network does not declare. Not in IssueCodes,
     * whose codes are the validator's: this one comes from the linker, before validation.
     */
    public static final String UNKNOWN_REFERENCE = IssueCodes.PREFIX + "unknownReference";

    /** Unresolved references per resource that get "did you mean" suggestions. */
    public static final int MAX_SUGGESTED_REFERENCES = 100;

    @Inject
    private IResourceScopeCache cache;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass referenceType = context.getReference().getEReferenceType();
        String unknown = context.getLinkText();
        Resource resource = context.getContext().eResource();
        List<String> close = List.of();
        if (unknown != null && (resource == null || cache.get("suggestedReferences", resource, AtomicInteger::new)
                .incrementAndGet() <= MAX_SUGGESTED_REFERENCES)) {
            List<String> declared = resource == null ? declared(context.getContext(), referenceType)
                    : cache.get(List.of("declaredGroups", referenceType), resource,
                            () -> declared(context.getContext(), referenceType));
            close = NestCatalog.suggestions(unknown, declared);
        }
        String message = "Couldn't resolve reference to " + referenceType.getName() + (unknown == null ? "" : " '" + unknown + "'")
                + (close.isEmpty() ? "." : "; did you mean " + String.join(" or ", close) + "?");
        List<String> data = new ArrayList<>();
        if (unknown != null) {
            data.add(unknown);
            data.addAll(close);
        }
        return new DiagnosticMessage(message, Severity.ERROR, UNKNOWN_REFERENCE, data.toArray(String[]::new));
    }

    /* The names of the groups of the network around an element that a reference of the type may name. */
    private static List<String> declared(org.eclipse.emf.ecore.EObject element, EClass referenceType) {
        Network network = EcoreUtil2.getContainerOfType(element, Network.class);
        List<String> declared = new ArrayList<>();
        if (network != null) {
            for (Group group : EcoreUtil2.getAllContentsOfType(network, Group.class)) {
                if (referenceType.isInstance(group) && group.getName() != null) {
                    declared.add(group.getName());
                }
            }
        }
        return declared;
    }
}
