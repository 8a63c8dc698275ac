package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nngt.dsl.NngtLanguage;
import nngt.dsl.NngtLanguage.LoadResult;

/**
 * Thousands of randomly damaged variants of the examples' models (a token deleted, duplicated, or swapped with
 * its neighbour) never make the parser or the validator throw: each gives diagnostics or a valid model. The
 * comments are left out before the damage: a damaged comment is still the same valid model, and the examples'
 * headers would otherwise take a share of the mutations that grows with their length.
 */
class NngtRobustnessTest {

    private static final long SEED = 20261125L;
    private static final int MUTATIONS_PER_EXAMPLE = 800;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[A-Za-z_][A-Za-z0-9_]*|[0-9.eE+-]+|->|.");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    private static final NngtLanguage LANGUAGE = NngtLanguage.standalone();

    @Test
    void mutatedExamplesNeverThrow() {
        SplittableRandom random = new SplittableRandom(SEED);
        int withDiagnostics = 0;
        int total = 0;
        for (String example : Fixtures.exampleNames()) {
            List<String> tokens = tokens(COMMENT.matcher(Fixtures.example(example)).replaceAll(""));
            for (int i = 0; i < MUTATIONS_PER_EXAMPLE; i++) {
                String mutated = mutate(tokens, random);
                LoadResult result;
                try {
                    result = LANGUAGE.parse(mutated, example);
                } catch (RuntimeException e) {
                    fail("Mutation " + i + " of " + example + " threw " + e + " on:\n" + mutated, e);
                    return;
                }
                assertTrue(result.network() != null || !result.diagnostics().isEmpty(),
                        () -> "Neither a model nor a diagnostic for:\n" + mutated);
                if (!result.diagnostics().isEmpty()) {
                    withDiagnostics++;
                }
                total++;
            }
        }
        int diagnosed = withDiagnostics;
        int mutations = total;
        assertTrue(diagnosed > mutations / 4,
                () -> "too few mutations were diagnosed: " + diagnosed + " of " + mutations);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String mutate(List<String> tokens, SplittableRandom random) {
        List<String> copy = new ArrayList<>(tokens);
        int position = random.nextInt(copy.size() - 1);
        switch (random.nextInt(3)) {
            case 0 -> copy.remove(position);
            case 1 -> copy.add(position, copy.get(position));
            default -> {
                String token = copy.get(position);
                copy.set(position, copy.get(position + 1));
                copy.set(position + 1, token);
            }
        }
        return String.join("", copy);
    }
}
