package nngt.dsl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import nngt.dsl.NngtLanguage.LoadResult;
import nngt.model.Network;
import nngt.model.api.NetworkResources;
import nngt.model.api.NetworkResources.MalformedNetworkFileException;
import nngt.model.api.SafeXml;

/**
 * Validates networks saved as XMI with the same checks as .nngt text. The network is moved into a .nngt
 * resource and validated there; each diagnostic is placed at the XML element of the object it is about
 * (XMI writes one element per contained object, named by its containment feature), or at the start of
 * the file where the object has no element.
 */
final class XmiModels {

    private XmiModels() {
    }

    /**
     * @param file an .xmi file that exists
     * @param resourceSet a fresh resource set of the language
     * @param validator the language's resource validator
     * @return the network (null when the file holds none) and its diagnostics
     */
    static LoadResult validate(Path file, XtextResourceSet resourceSet, IResourceValidator validator) {
        String name = file.toString();
        Network network;
        try {
            network = NetworkResources.load(file);
        } catch (MalformedNetworkFileException e) {
            List<NngtDiagnostic> problems = e.problems().stream()
                    .map(p -> new NngtDiagnostic(name, Math.max(1, p.line()), Math.max(1, p.column()),
                            NngtDiagnostic.Severity.ERROR, "The file is not a saved network: " + p.message(),
                            NngtLanguage.MALFORMED_XMI))
                    .toList();
            return new LoadResult(null, problems);
        } catch (IOException e) {
            // The message starts with the file's name, which the diagnostic gives already.
            Throwable reason = e.getCause() != null ? e.getCause() : e;
            return new LoadResult(null, List.of(new NngtDiagnostic(name, 1, 1, NngtDiagnostic.Severity.ERROR,
                    "The file cannot be read (" + reason.getMessage() + ").", NngtLanguage.UNREADABLE_FILE)));
        }
        Resource resource = resourceSet.createResource(URI.createURI("inmemory:/" + NngtLanguage.sanitize(name)));
        resource.getContents().add(network);
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        Map<String, int[]> elements = elementPositions(file);
        List<NngtDiagnostic> diagnostics = new ArrayList<>();
        for (Issue issue : issues) {
            EObject subject = issue.getUriToProblem() == null ? null
                    : resource.getEObject(issue.getUriToProblem().fragment());
            int[] position = subject == null ? null : elements.get(path(subject));
            diagnostics.add(new NngtDiagnostic(name, position == null ? 1 : position[0],
                    position == null ? 1 : position[1], NngtLanguage.severity(issue), issue.getMessage(),
                    issue.getCode()));
        }
        diagnostics.sort(NngtLanguage.BY_POSITION);
        return new LoadResult(network, List.copyOf(diagnostics));
    }

    /* The containment path of an object, in the form that elementPositions uses: "/groups.1/params.0". */
    private static String path(EObject object) {
        StringBuilder path = new StringBuilder();
        for (EObject current = object; current.eContainer() != null; current = current.eContainer()) {
            EReference feature = current.eContainmentFeature();
            int index = feature.isMany() ? ((List<?>) current.eContainer().eGet(feature)).indexOf(current) : 0;
            path.insert(0, "/" + feature.getName() + "." + index);
        }
        return path.toString();
    }

    /*
     * Line and column of every element, keyed by its path of tag names and indexes among same-named
     * siblings. An unreadable file has no positions: its diagnostics then sit at the start of the file.
     */
    private static Map<String, int[]> elementPositions(Path file) {
        Map<String, int[]> positions = new HashMap<>();
        try {
            SafeXml.saxParserFactory().newSAXParser().parse(file.toFile(), new DefaultHandler() {
                private final Deque<String> paths = new ArrayDeque<>();
                private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();
                private Locator locator;

                @Override
                public void setDocumentLocator(Locator documentLocator) {
                    locator = documentLocator;
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String path = "";
                    if (!paths.isEmpty()) {
                        int index = siblings.peek().merge(localName, 1, Integer::sum) - 1;
                        path = paths.peek() + "/" + localName + "." + index;
                    }
                    positions.put(path, new int[] { locator.getLineNumber(), locator.getColumnNumber() });
                    paths.push(path);
                    siblings.push(new HashMap<>());
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    paths.pop();
                    siblings.pop();
                }
            });
        } catch (ParserConfigurationException | SAXException | IOException unreadable) {
            // NetworkResources read the same file successfully; positions are a convenience, not a check.
            return Map.of();
        }
        return positions;
    }
}
