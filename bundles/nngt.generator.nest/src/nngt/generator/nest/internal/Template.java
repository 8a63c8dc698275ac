package nngt.generator.nest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed file of a generated project, kept as a resource in {@code templates/} and filled in one pass. Two
 * kinds of placeholder, both named in capitals:
 * <ul>
 * <li>a block: the lines from {@code # @@BEGIN NAME@@} to {@code # @@END NAME@@} (each alone on its line,
 * indentation allowed) are replaced by the value; the lines in between are a stand-in that keeps the resource
 * itself valid Python, so that the build can check it with {@code py_compile} and flake8;</li>
 * <li>a token: {@code @@NAME@@} inside a line is replaced by the value (shell scripts, Markdown).</li>
 * </ul>
 * Values are inserted verbatim and never scanned again, so text from a model cannot become a placeholder. Every
 * placeholder must get a value and every value must have a placeholder: a mismatch is a generator bug.
 */
public final class Template {

    private static final Pattern BEGIN = Pattern.compile("\\s*# @@BEGIN ([A-Z_0-9]+)@@\\s*");
    private static final Pattern TOKEN = Pattern.compile("@@([A-Z_0-9]+)@@");

    private final String name;
    private final List<String> lines;

    private Template(String name, String text) {
        this.name = name;
        this.lines = text.lines().toList();
    }

    /**
     * Loads a template resource.
     *
     * @param file the file name under {@code templates/}, e.g. {@code run.py}
     * @return the template
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static Template load(String file) {
        try (InputStream in = Template.class.getResourceAsStream("templates/" + file)) {
            if (in == null) {
                throw new IllegalStateException("template 'templates/" + file + "' is missing from the bundle");
            }
            return new Template(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
    }

    /**
     * Fills the placeholders.
     *
     * @param values placeholder name to its text; a block's text replaces whole lines, so it ends with a newline
     *               unless it is empty
     * @return the filled text, ending with a newline
     * @throws IllegalStateException when a placeholder has no value, a value has no placeholder or a block is not
     *                               closed
     */
    public String fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher begin = BEGIN.matcher(lines.get(i));
            if (begin.matches()) {
                String block = begin.group(1);
                String end = "# @@END " + block + "@@";
                int close = i + 1;
                while (close < lines.size() && !lines.get(close).trim().equals(end)) {
                    close++;
                }
                if (close == lines.size()) {
                    throw new IllegalStateException("template " + name + ": block " + block + " has no '" + end
                            + "' line");
                }
                out.append(value(values, block, used));
                i = close;
                continue;
            }
            Matcher token = TOKEN.matcher(lines.get(i));
            while (token.find()) {
                token.appendReplacement(out, Matcher.quoteReplacement(value(values, token.group(1), used)));
            }
            token.appendTail(out);
            out.append('\n');
        }
        if (!used.containsAll(values.keySet())) {
            Set<String> unused = new HashSet<>(values.keySet());
            unused.removeAll(used);
            throw new IllegalStateException("template " + name + " has no placeholder for " + unused);
        }
        return out.toString();
    }

    private String value(Map<String, String> values, String placeholder, Set<String> used) {
        String value = values.get(placeholder);
        if (value == null) {
            throw new IllegalStateException("template " + name + ": no value for placeholder " + placeholder);
        }
        used.add(placeholder);
        return value;
    }
}
