package nngt.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import nngt.catalog.internal.CatalogParser;
import nngt.catalog.internal.EditDistance;

/**
 * NEST's neuron, synapse and device models as data, per NEST version family: parameter names, units, defaults,
 * constraints, recordables, the unit of weights, and the kernel facts a validator needs. The standard catalog is
 * read once from the data files bundled in {@code nngt/catalog/data/} (format: see {@link CatalogParser}); models
 * are never special-cased in code. Instances are immutable and safe to share between threads.
 */
public final class NestCatalog {

    /** The bundled data files, read in this order (groups used by later files come first). */
    static final List<String> STANDARD_SOURCES = List.of("kernel.nestcat", "groups.nestcat", "neurons.nestcat",
            "synapses.nestcat", "devices.nestcat");

    private static final String RESOURCE_FOLDER = "nngt/catalog/data/";

    /** Holder idiom: the standard catalog is read on first use, once, without locking afterwards. */
    private static final class Standard {
        static final NestCatalog INSTANCE = readBundled();
    }

    private final Map<NestFamily, Map<ModelKind, Map<String, ModelSpec>>> byFamily;
    private final Map<NestFamily, KernelFacts> kernel;

    private NestCatalog(List<ModelSpec> models, Map<NestFamily, KernelFacts> kernel) {
        Map<NestFamily, Map<ModelKind, Map<String, ModelSpec>>> index = new EnumMap<>(NestFamily.class);
        for (NestFamily family : NestFamily.values()) {
            Map<ModelKind, Map<String, ModelSpec>> kinds = new EnumMap<>(ModelKind.class);
            for (ModelKind kind : ModelKind.values()) {
                kinds.put(kind, new TreeMap<>());
            }
            index.put(family, kinds);
        }
        for (ModelSpec model : models) {
            index.get(model.family()).get(model.kind()).put(model.name(), model);
        }
        for (Map<ModelKind, Map<String, ModelSpec>> kinds : index.values()) {
            kinds.replaceAll((kind, byName) -> Collections.unmodifiableMap(byName));
        }
        this.byFamily = index;
        this.kernel = Collections.unmodifiableMap(new EnumMap<>(kernel));
    }

    /**
     * The catalog read from the data files bundled with this class. Works inside OSGi (through this bundle's
     * class loader) and on a plain class path.
     *
     * @return the shared standard catalog
     * @throws CatalogFormatException when a bundled file is malformed (a build defect, caught by the tests)
     * @throws IllegalStateException  when a bundled file is missing
     */
    public static NestCatalog standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads the bundled data files again, without the shared instance: for measurements and tests. Callers that
     * want the catalog use {@link #standard()}.
     *
     * @return a new catalog equal in content to {@link #standard()}
     * @throws CatalogFormatException when a bundled file is malformed
     * @throws IllegalStateException  when a bundled file is missing
     */
    public static NestCatalog readBundled() {
        CatalogParser parser = new CatalogParser();
        ClassLoader loader = NestCatalog.class.getClassLoader();
        for (String source : STANDARD_SOURCES) {
            InputStream stream = loader.getResourceAsStream(RESOURCE_FOLDER + source);
            if (stream == null) {
                throw new IllegalStateException("catalog data file " + RESOURCE_FOLDER + source
                        + " is missing from the nngt.catalog bundle");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                parser.parse(source, reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read catalog data file " + source, e);
            }
        }
        return new NestCatalog(parser.models(), parser.kernelFacts());
    }

    /**
     * Reads a catalog from texts in the catalog's data format, e.g. to test data or to add models.
     *
     * @param sources texts by source name, read in the map's iteration order (use a LinkedHashMap when one text
     *                uses groups from another)
     * @return the catalog of those texts
     * @throws CatalogFormatException   when a text is malformed; the message names the source and line
     * @throws IllegalArgumentException when sources is null or holds a null text
     */
    public static NestCatalog parse(Map<String, String> sources) {
        if (sources == null) {
            throw new IllegalArgumentException("sources must map source names to catalog texts, but was null");
        }
        CatalogParser parser = new CatalogParser();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            if (source.getValue() == null) {
                throw new IllegalArgumentException("sources must hold a text for '" + source.getKey()
                        + "', but it was null");
            }
            parser.parse(source.getKey(), new BufferedReader(new StringReader(source.getValue())));
        }
        return new NestCatalog(parser.models(), parser.kernelFacts());
    }

    /**
     * Looks up a model of any kind.
     *
     * @param name   NEST's model name, case-sensitive
     * @param family the NEST version family
     * @return the model as that family knows it, or empty when the family has no such model
     * @throws IllegalArgumentException when name or family is null
     */
    public Optional<ModelSpec> model(String name, NestFamily family) {
        requireName(name);
        requireFamily(family);
        for (ModelKind kind : ModelKind.values()) {
            ModelSpec model = byFamily.get(family).get(kind).get(name);
            if (model != null) {
                return Optional.of(model);
            }
        }
        return Optional.empty();
    }

    /**
     * Looks up a model of one kind.
     *
     * @param name   NEST's model name, case-sensitive
     * @param kind   the kind wanted
     * @param family the NEST version family
     * @return the model, or empty when the family has no model of that name and kind
     * @throws IllegalArgumentException when name, kind or family is null
     */
    public Optional<ModelSpec> model(String name, ModelKind kind, NestFamily family) {
        requireName(name);
        requireFamily(family);
        requireKind(kind);
        return Optional.ofNullable(byFamily.get(family).get(kind).get(name));
    }

    /**
     * Lists the models of one kind in one family.
     *
     * @param kind   the kind
     * @param family the NEST version family
     * @return the models, sorted by name
     * @throws IllegalArgumentException when kind or family is null
     */
    public List<ModelSpec> models(ModelKind kind, NestFamily family) {
        requireFamily(family);
        requireKind(kind);
        return List.copyOf(byFamily.get(family).get(kind).values());
    }

    /**
     * The names of the models of one kind in one family, for completion and "did you mean".
     *
     * @param kind   the kind
     * @param family the NEST version family
     * @return the names, sorted
     * @throws IllegalArgumentException when kind or family is null
     */
    public List<String> modelNames(ModelKind kind, NestFamily family) {
        requireFamily(family);
        requireKind(kind);
        return List.copyOf(byFamily.get(family).get(kind).keySet());
    }

    /**
     * The families that contain a model, to explain "not available in this NEST version".
     *
     * @param modelName NEST's model name
     * @return the families, in version order; empty when no family knows the name
     * @throws IllegalArgumentException when modelName is null
     */
    public Set<NestFamily> familiesOf(String modelName) {
        requireName(modelName);
        Set<NestFamily> families = EnumSet.noneOf(NestFamily.class);
        for (NestFamily family : NestFamily.values()) {
            if (model(modelName, family).isPresent()) {
                families.add(family);
            }
        }
        return Collections.unmodifiableSet(families);
    }

    /**
     * The kernel facts of a family: maximum delay, default resolution, spike recorder name, synapse key, seeds.
     *
     * @param family the NEST version family
     * @return the facts
     * @throws IllegalArgumentException when family is null
     * @throws IllegalStateException    when this catalog was parsed from texts without a kernel block
     */
    public KernelFacts kernel(NestFamily family) {
        requireFamily(family);
        KernelFacts facts = kernel.get(family);
        if (facts == null) {
            throw new IllegalStateException("this catalog was read without a kernel block, so it has no kernel facts"
                    + " for NEST " + family.label());
        }
        return facts;
    }

    /**
     * "Did you mean": the candidates closest to an unknown name by Damerau-Levenshtein distance, compared
     * case-insensitively. Only reasonably close names are returned: at most a quarter of the unknown name's length
     * apart (at least 1, at most 3 edits), or starting with the unknown name when it has 3 characters or more
     * ({@code tau_syn} suggests {@code tau_syn_ex} and {@code tau_syn_in}).
     *
     * @param unknown    the name that matched nothing
     * @param candidates the valid names
     * @return at most 3 names, best first; empty when none is close
     * @throws IllegalArgumentException when unknown or candidates is null
     */
    public static List<String> suggestions(String unknown, Collection<String> candidates) {
        return EditDistance.suggestions(unknown, candidates);
    }

    /**
     * Every model name the catalog knows in any family and kind, for "did you mean" across versions.
     *
     * @return the names, sorted
     */
    public List<String> allModelNames() {
        Set<String> names = new java.util.TreeSet<>();
        for (Map<ModelKind, Map<String, ModelSpec>> kinds : byFamily.values()) {
            for (Map<String, ModelSpec> byName : kinds.values()) {
                names.addAll(byName.keySet());
            }
        }
        return List.copyOf(names);
    }

    private static void requireName(String name) {
        if (name == null) {
            throw new IllegalArgumentException(
                    "model name must be a NEST model name such as iaf_psc_alpha, but was null");
        }
    }

    private static void requireFamily(NestFamily family) {
        if (family == null) {
            throw new IllegalArgumentException("family must be one of " + List.of(NestFamily.values())
                    + ", but was null");
        }
    }

    private static void requireKind(ModelKind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("kind must be one of " + List.of(ModelKind.values()) + ", but was null");
        }
    }
}
