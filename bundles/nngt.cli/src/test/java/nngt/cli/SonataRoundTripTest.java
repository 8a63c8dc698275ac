package nngt.cli;

import static nngt.cli.CommandLineTest.nngt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.cli.CommandLineTest.Outcome;

/**
 * The round trip: every example exported as a SONATA circuit ({@code nngt generate --target sonata})
 * and imported back ({@code nngt import} of its simulation config, which carries the seed) gives the same
 * {@code nngt stats} output, line for line. SONATA has no Poisson or noise generator, so the examples' stimuli are
 * left out before the export (they do not change the network); an example that one side refuses is named with
 * the refusal, and the list of examples that make the round trip is asserted, so that none drops out unseen.
 */
class SonataRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void exportedExamplesImportBackWithTheSameStats() throws IOException {
        List<String> roundTripped = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (String example : CommandLineTest.exampleNames().toList()) {
            Path work = Files.createDirectories(folder.resolve(example.replace(".nngt", "")));
            Path model = work.resolve(example);
            String text = Files.readString(CommandLineTest.examples().resolve(example));
            Files.writeString(model, text.replaceAll("(?m)^\\s*stimulate .*\\n", ""));
            Outcome exported = nngt("generate", model.toString(), "--target", "sonata", "--out",
                    work.resolve("sonata").toString());
            if (exported.code() != 0) {
                refused.put(example, "export: " + exported.err().strip());
                continue;
            }
            Path imported = work.resolve("imported.nngt");
            Outcome read = nngt("import", work.resolve("sonata/simulation_config.json").toString(), imported.toString());
            if (read.code() != 0) {
                refused.put(example, "import: " + read.err().strip());
                continue;
            }
            Outcome original = nngt("stats", model.toString());
            Outcome back = nngt("stats", imported.toString());
            assertEquals(0, back.code(), back.err());
            assertEquals(original.out(), back.out(), example);
            roundTripped.add(example);
        }
        refused.forEach((example, reason) -> System.out.println("SONATA round trip: " + example + " not compared: " + reason));
        assertEquals(List.of("basic_exc_inh.nngt", "brunel.nngt", "per_neuron_values.nngt", "spatial.nngt"), roundTripped,
                refused.toString());
    }
}
