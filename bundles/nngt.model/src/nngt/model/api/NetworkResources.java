package nngt.model.api;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

/**
 * Saves and loads networks as XMI, with or without an OSGi runtime.
 */
public final class NetworkResources {

    /** File extension of saved networks. */
    public static final String XMI_EXTENSION = "xmi";

    private static final Map<String, Object> SAVE_OPTIONS = Map.of(
            XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_LINE_WIDTH, 100);

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
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Resource resource = newResourceSet().createResource(URI.createFileURI(temporary.toString()));
            resource.getContents().add(EcoreUtil.copy(network));
            resource.save(SAVE_OPTIONS);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Reads a network saved by {@link #save}.
     *
     * @param file the XMI file
     * @return the network, contained in a fresh resource
     * @throws IOException when the file is missing, malformed or holds no network; the message gives the
     *         file and, for malformed content, the line and column
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
            resource.load(Map.of());
        } catch (IOException | RuntimeException e) {
            if (resource.getErrors().isEmpty()) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        if (!resource.getErrors().isEmpty()) {
            throw new IOException(resource.getErrors().stream()
                    .map(d -> file + ":" + d.getLine() + ":" + d.getColumn() + ": " + d.getMessage())
                    .collect(Collectors.joining(System.lineSeparator())));
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof Network network)) {
            throw new IOException(file + ": holds " + (root == null ? "nothing" : "a " + root.eClass().getName())
                    + ", not a network.");
        }
        return network;
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(NngtPackage.eNS_URI, NngtPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        return resourceSet;
    }
}
