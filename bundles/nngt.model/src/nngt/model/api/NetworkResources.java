package nngt.model.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import nngt.model.Network;
import nngt.model.NngtPackage;
import nngt.model.api.NetworkResources.MalformedNetworkFileException.Problem;

/**
 * Saves and loads networks as XMI, with or without an OSGi runtime.
 */
public final class NetworkResources {

    /** File extension of saved networks. */
    public static final String XMI_EXTENSION = "xmi";

    private static final Map<String, Object> SAVE_OPTIONS = Map.of(
            XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_LINE_WIDTH, 100);

    /* No DOCTYPE, hence no entities or external DTDs: an XMI file cannot make the reader open anything else. */
    private static final Map<String, Object> LOAD_OPTIONS = Map.of(
            XMLResource.OPTION_PARSER_FEATURES, SafeXml.SAX_FEATURES);

    private NetworkResources() {
    }

    /**
     * Writes a copy of the network to a file atomically: into a temporary file beside it, then renamed,
     * so that a failure never leaves a partial file. The network itself is not moved or changed.
     *
     * @param network the network to save
     * @param file destination; its folder must exist
     * @throws IOException when the file cannot be written; the message names it
     * @throws IllegalArgumentException when an argument is null
     */
    public static void save(Network network, Path file) throws IOException {
        if (network == null || file == null) {
            throw new IllegalArgumentException(
                    "Argument '" + (network == null ? "network" : "file") + "' is null.");
        }
        AtomicFile.write(file, temporary -> {
            Resource resource = newResourceSet().createResource(URI.createFileURI(temporary.toString()));
            resource.getContents().add(EcoreUtil.copy(network));
            resource.save(SAVE_OPTIONS);
        });
    }

    /**
     * A file that is not a saved network: malformed XML, unknown elements, or something other than a
     * network inside. The message lists the problems as {@code file:line:column: message} lines.
     */
    public static final class MalformedNetworkFileException extends IOException {

        private static final long serialVersionUID = 1L;

        /**
         * One problem of the file.
         *
         * @param line 1-based line; 0 where the XML reader gave none
         * @param column 1-based column; 0 where the XML reader gave none
         * @param message what is wrong
         */
        public record Problem(int line, int column, String message) {
        }

        private final transient List<Problem> problems;

        MalformedNetworkFileException(Path file, List<Problem> problems) {
            super(problems.stream().map(p -> file + ":" + p.line() + ":" + p.column() + ": " + p.message())
                    .collect(Collectors.joining(System.lineSeparator())));
            this.problems = List.copyOf(problems);
        }

        /**
         * @return the problems, in the order the reader found them
         */
        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * Reads a network saved by {@link #save}.
     *
     * @param file the XMI file
     * @return the network, contained in a fresh resource
     * @throws MalformedNetworkFileException when the file is malformed or holds no network; the problems
     *         carry the line and column where the reader gave them
     * @throws IOException when the file is missing or cannot be read; the message names it
     */
    public static Network load(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("Argument 'file' is null.");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file.");
        }
        Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(LOAD_OPTIONS);
        } catch (IOException | RuntimeException e) {
            if (resource.getErrors().isEmpty()) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        if (!resource.getErrors().isEmpty()) {
            throw new MalformedNetworkFileException(file, resource.getErrors().stream()
                    .map(d -> new Problem(d.getLine(), d.getColumn(), readable(d.getMessage()))).toList());
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof Network network)) {
            throw new MalformedNetworkFileException(file, List.of(new Problem(1, 1, "The file holds "
                    + (root == null ? "nothing" : "a " + root.eClass().getName()) + ", not a network.")));
        }
        return network;
    }

    /*
     * EMF's message without what the problem's position already says: the XML parser's exception name
     * and ids, and the trailing "(uri, line, column)".
     */
    private static String readable(String message) {
        if (String.valueOf(message).contains("disallow-doctype-decl")) {
            return "The file is refused: " + SafeXml.DOCTYPE_REFUSED + ".";
        }
        String text = String.valueOf(message).replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)$", "");
        int parserDetail = text.lastIndexOf("columnNumber: ");
        if (parserDetail >= 0 && text.indexOf("; ", parserDetail) >= 0) {
            text = text.substring(text.indexOf("; ", parserDetail) + 2);
        }
        return text;
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(NngtPackage.eNS_URI, NngtPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        return resourceSet;
    }
}
