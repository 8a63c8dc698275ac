package nngt.dsl.ui.wizards;

import java.util.Locale;

import nngt.dsl.ui.internal.NngtGrammar;

/**
 * The text of a new .nngt file: a small valid network (one group with recurrent Erdos-Renyi
 * connections, a Poisson drive and a spike recorder) named after its file.
 */
public final class ModelTemplate {

    private ModelTemplate() {
    }

    /**
     * @param fileName a file name such as "my-model.nngt"
     * @return a valid network name made from it: letters, digits and underscores, not starting with a
     *         digit, and not a keyword of the language
     */
    public static String networkName(String fileName) {
        String base = fileName.endsWith(".nngt") ? fileName.substring(0, fileName.length() - 5) : fileName;
        String name = base.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return "network";
        }
        if (Character.isDigit(name.charAt(0))) {
            return "n_" + name;
        }
        return NngtGrammar.keywords().contains(name) ? name + "_model" : name;
    }

    /**
     * @param fileName the new file's name
     * @return the model text
     */
    public static String forFile(String fileName) {
        return forNetwork(networkName(fileName));
    }

    /**
     * @param networkName the network's name, written as given (the editor's network template passes a
     *        template variable)
     * @return the model text
     */
    public static String forNetwork(String networkName) {
        return """
                // A network of 100 leaky integrate-and-fire neurons with random recurrent connections,
                // driven by Poisson input. Edit it, then validate, build and run it.
                network %s {
                  seed 1
                  nest 3

                  group cells: 100 excitatory iaf_psc_alpha

                  connect cells -> cells: erdos_renyi(density = 0.1) weight 10 pA delay 1.5 ms

                  stimulate poisson(rate = 8000 Hz, weight = 10 pA) -> cells
                  record spikes from cells
                  simulate 1000 ms
                }
                """.formatted(networkName);
    }
}
