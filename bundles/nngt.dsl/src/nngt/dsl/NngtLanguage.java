package nngt.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

import nngt.model.Network;
import nngt.model.api.NetworkResources;

/**
 * Entry point to the .nngt language for programs (the CLI, generators, tests): loads and validates
 * model files, writes models back as formatted text, and converts between .nngt and XMI.
 */
public final class NngtLanguage {

    /** File extension of model files. */
    public static final String FILE_EXTENSION = "nngt";

    @Inject
    private Provider<XtextResourceSet> resourceSets;
    @Inject
    private IResourceValidator validator;
    @Inject
    private ISerializer serializer;

    /**
     * @return the language set up for use outside OSGi
     */
    public static NngtLanguage standalone() {
        return create(NngtStandaloneSetup.doSetup());
    }

    /**
     * @param injector an injector of the .nngt language
     * @return the language facade using it
     */
    public static NngtLanguage create(Injector injector) {
        return injector.getInstance(NngtLanguage.class);
    }

    /**
     * The outcome of loading a model.
     *
     * @param network the network, or null when the text could not be parsed at all
     * @param diagnostics every problem, sorted by position
     */
    public record LoadResult(Network network, List<NngtDiagnostic> diagnostics) {

        /**
         * @return true when some diagnostic is an error
         */
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == NngtDiagnostic.Severity.ERROR);
        }
    }

    /**
     * Parses and fully validates a model file.
     *
     * @param file a .nngt file
     * @return the network and its diagnostics
     * @throws IOException when the file cannot be read; the message names it
     */
    public LoadResult load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file.");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses and fully validates model text.
     *
     * @param text the model
     * @param fileName the name to report diagnostics under
     * @return the network and its diagnostics
     */
    public LoadResult parse(String text, String fileName) {
        XtextResourceSet resourceSet = resourceSets.get();
        URI uri = URI.createURI("inmemory:/" + sanitize(fileName));
        Resource resource = resourceSet.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory cannot fail", e);
        }
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        List<NngtDiagnostic> diagnostics = new ArrayList<>();
        for (Issue issue : issues) {
            diagnostics.add(new NngtDiagnostic(fileName, orOne(issue.getLineNumber()), orOne(issue.getColumn()),
                    severity(issue), issue.getMessage(), issue.getCode()));
        }
        diagnostics.sort(Comparator.comparingInt(NngtDiagnostic::line).thenComparingInt(NngtDiagnostic::column));
        Network network = resource.getContents().isEmpty() ? null : (Network) resource.getContents().get(0);
        return new LoadResult(network, List.copyOf(diagnostics));
    }

    /**
     * Writes a network as formatted .nngt text.
     *
     * @param network a network whose references point inside itself
     * @return the text
     */
    public String serialize(Network network) {
        XtextResource resource = (XtextResource) resourceSets.get()
                .createResource(URI.createURI("inmemory:/serialized." + FILE_EXTENSION));
        resource.getContents().add(EcoreUtil.copy(network));
        return serializer.serialize(resource.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
    }

    /**
     * Converts a .nngt file to XMI, refusing a model with errors.
     *
     * @param nngtFile source
     * @param xmiFile destination, written atomically
     * @return the diagnostics of the source (without errors when the conversion happened)
     * @throws IOException when a file cannot be read or written
     */
    public LoadResult toXmi(Path nngtFile, Path xmiFile) throws IOException {
        LoadResult result = load(nngtFile);
        if (!result.hasErrors()) {
            NetworkResources.save(result.network(), xmiFile);
        }
        return result;
    }

    /**
     * Converts an XMI network to formatted .nngt text written atomically.
     *
     * @param xmiFile source
     * @param nngtFile destination
     * @throws IOException when a file cannot be read or written
     */
    public void fromXmi(Path xmiFile, Path nngtFile) throws IOException {
        String text = serialize(NetworkResources.load(xmiFile));
        Path absolute = nngtFile.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static NngtDiagnostic.Severity severity(Issue issue) {
        return switch (issue.getSeverity()) {
            case ERROR -> NngtDiagnostic.Severity.ERROR;
            case WARNING -> NngtDiagnostic.Severity.WARNING;
            default -> NngtDiagnostic.Severity.INFO;
        };
    }

    private static int orOne(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }

    /* The resource URI only needs to be unique and end in .nngt; the user's path is kept for messages. */
    private static String sanitize(String fileName) {
        String base = Path.of(fileName).getFileName() == null ? "model" : Path.of(fileName).getFileName().toString();
        base = base.replaceAll("[^A-Za-z0-9_.-]", "_");
        return base.endsWith("." + FILE_EXTENSION) ? base : base + "." + FILE_EXTENSION;
    }
}
