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
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;

import nngt.dsl.validation.IssueCodes;
import nngt.model.Network;
import nngt.model.api.AtomicFile;
import nngt.model.api.NetworkResources;

/**
 * Entry point to the .nngt language for programs (the CLI, generators, tests): loads and validates
 * model files, writes models back as formatted text, and converts between .nngt and XMI.
 */
public final class NngtLanguage {

    /** File extension of model files. */
    public static final String FILE_EXTENSION = "nngt";

    /** Code of a diagnostic on a model file that does not exist or is a folder. */
    public static final String FILE_NOT_FOUND = IssueCodes.PREFIX + "fileNotFound";
    /** Code of a diagnostic on a model file that cannot be read (permissions, I/O). */
    public static final String UNREADABLE_FILE = IssueCodes.PREFIX + "unreadableFile";
    /** Code of a diagnostic on a .nngt file that holds bytes that are not UTF-8. */
    public static final String NOT_UTF8 = IssueCodes.PREFIX + "notUtf8";
    /** Code of a diagnostic on an .xmi file that is not a well-formed saved network. */
    public static final String MALFORMED_XMI = IssueCodes.PREFIX + "malformedXmi";

    /** Diagnostics in reading order. */
    static final Comparator<NngtDiagnostic> BY_POSITION = Comparator.comparingInt(NngtDiagnostic::line)
            .thenComparingInt(NngtDiagnostic::column);

    @Inject
    private Provider<XtextResourceSet> resourceSets;
    @Inject
    private IResourceValidator validator;
    /* Made on first use: setting up a serializer costs a tenth of a second that only serialize() needs. */
    @Inject
    private Provider<ISerializer> serializers;
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
     * Parses and fully validates a model file: .nngt text, or a network saved as XMI (by extension).
     * Problems with the file itself are diagnostics too, so that a caller checking many files reports
     * each of them: a missing file, one that cannot be read, a .nngt file that is not UTF-8 (one error at
     * the first offending byte), an .xmi file that is not a saved network. A leading UTF-8 byte-order
     * mark is accepted.
     *
     * @param file a .nngt or .xmi file
     * @return the network (null when there is none to use) and its diagnostics
     */
    public LoadResult load(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            return fileProblem(name, 1, 1, "No such file; give the path of an existing .nngt or ."
                    + NetworkResources.XMI_EXTENSION + " model.", FILE_NOT_FOUND);
        }
        if (!Files.isRegularFile(file)) {
            return fileProblem(name, 1, 1, "This is a folder, not a model file; give a .nngt or ."
                    + NetworkResources.XMI_EXTENSION + " file.", FILE_NOT_FOUND);
        }
        if (name.endsWith("." + NetworkResources.XMI_EXTENSION)) {
            return XmiModels.validate(file, resourceSets.get(), validator);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return fileProblem(name, 1, 1, "The file cannot be read (" + describe(e) + ").", UNREADABLE_FILE);
        }
        Utf8Text text = Utf8Text.decode(bytes);
        if (text.error() != null) {
            return fileProblem(name, text.errorLine(), text.errorColumn(), text.error(), NOT_UTF8);
        }
        // a file URI, so that what the model names relative to its file (from_file) is found beside it
        return parse(text.text(), name, URI.createFileURI(file.toAbsolutePath().toString()));
    }

    /**
     * Parses and fully validates model text.
     *
     * @param text the model; a leading byte-order mark is ignored
     * @param fileName the name to report diagnostics under
     * @return the network and its diagnostics
     */
    public LoadResult parse(String text, String fileName) {
        return parse(text, fileName, URI.createURI("inmemory:/" + sanitize(fileName)));
    }

    /**
     * Parses and fully validates model text, as {@link #parse(String, String)}, but gives up as soon as
     * newer text makes the answer useless: for views that follow an editor's text and run once typing
     * pauses, so that a pause followed by more typing does not cost a whole validation.
     *
     * @param text the model; a leading byte-order mark is ignored
     * @param fileName the name to report diagnostics under
     * @param superseded polled between parsing and each check; once it answers true the work stops
     * @return the network and its diagnostics, or empty when superseded
     */
    public Optional<LoadResult> parse(String text, String fileName, BooleanSupplier superseded) {
        if (superseded.getAsBoolean()) {
            return Optional.empty();
        }
        try {
            LoadResult result = parse(text, fileName, URI.createURI("inmemory:/" + sanitize(fileName)),
                    superseded::getAsBoolean);
            return superseded.getAsBoolean() ? Optional.empty() : Optional.of(result);
        } catch (OperationCanceledError e) {
            return Optional.empty();
        }
    }

    private LoadResult parse(String text, String fileName, URI uri) {
        return parse(text, fileName, uri, CancelIndicator.NullImpl);
    }

    private LoadResult parse(String text, String fileName, URI uri, CancelIndicator cancel) {
        XtextResourceSet resourceSet = resourceSets.get();
        Resource resource = resourceSet.createResource(uri);
        String model = text.isEmpty() || text.charAt(0) != NngtResource.BYTE_ORDER_MARK ? text : text.substring(1);
        try {
            resource.load(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory cannot fail", e);
        }
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
        List<NngtDiagnostic> diagnostics = new ArrayList<>();
        for (Issue issue : issues) {
            diagnostics.add(new NngtDiagnostic(fileName, orOne(issue.getLineNumber()), orOne(issue.getColumn()),
                    severity(issue), issue.getMessage(), issue.getCode()));
        }
        diagnostics.sort(BY_POSITION);
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
        return serializer().serialize(resource.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
    }

    private synchronized ISerializer serializer() {
        if (serializer == null) {
            serializer = serializers.get();
        }
        return serializer;
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
     * What converting a network to text found in its source, and whether the text was written.
     *
     * @param source  the source's network and diagnostics, placed at its XML elements
     * @param written whether the destination was written; when not, the source's diagnostics hold the errors
     *                that stopped it
     */
    public record Conversion(LoadResult source, boolean written) {
    }

    /**
     * Converts an XMI network to formatted .nngt text written atomically. A network with errors is still written
     * (in text it can be repaired and validated again), unless an error would change what the text means: a name
     * that is not an identifier (it could become other statements) or a number that is not finite.
     *
     * @param xmiFile source
     * @param nngtFile destination
     * @return the source's diagnostics and whether the destination was written
     * @throws IOException when the destination cannot be written
     */
    public Conversion fromXmi(Path xmiFile, Path nngtFile) throws IOException {
        LoadResult result = load(xmiFile);
        boolean unwritable = result.network() == null || result.diagnostics().stream()
                .anyMatch(d -> IssueCodes.INVALID_NAME.equals(d.code()));
        if (unwritable) {
            return new Conversion(result, false);
        }
        String text;
        try {
            text = serialize(result.network());
        } catch (ValueConverterException notFinite) {
            // The validator has reported the number where it is; the text cannot hold it.
            return new Conversion(result, false);
        }
        AtomicFile.write(nngtFile, temporary -> Files.writeString(temporary, text, StandardCharsets.UTF_8));
        return new Conversion(result, true);
    }

    private static LoadResult fileProblem(String file, int line, int column, String message, String code) {
        return new LoadResult(null, List.of(new NngtDiagnostic(file, line, column, NngtDiagnostic.Severity.ERROR,
                message, code)));
    }

    /* An I/O failure in words, without the path that the diagnostic already names. */
    private static String describe(IOException error) {
        if (error instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (error instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    static NngtDiagnostic.Severity severity(Issue issue) {
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
    static String sanitize(String fileName) {
        String base = Path.of(fileName).getFileName() == null ? "model" : Path.of(fileName).getFileName().toString();
        base = base.replaceAll("[^A-Za-z0-9_.-]", "_");
        return base.endsWith("." + FILE_EXTENSION) ? base : base + "." + FILE_EXTENSION;
    }
}
