package nngt.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nngt.dsl.NngtDiagnostic;
import nngt.dsl.NngtLanguage.LoadResult;
import nngt.sim.api.io.Json;

/**
 * {@code nngt validate FILE...}: diagnostics as {@code file:line:col: severity: message}, or as one JSON
 * array. Every file is checked and reported, also after one that is missing, not UTF-8 or not a model;
 * standard output holds nothing but the report.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check models against NEST's and NNGT's rules; exit 1 when one has errors.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".nngt models or .xmi networks")
    private List<Path> files;

    @Mixin
    private JsonOutput json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<NngtDiagnostic> all = new ArrayList<>();
        List<Path> valid = new ArrayList<>();
        for (Path file : files) {
            LoadResult result = Models.language().load(file);
            all.addAll(result.diagnostics());
            if (result.diagnostics().isEmpty()) {
                valid.add(file);
            }
        }
        boolean errors = all.stream().anyMatch(d -> d.severity() == NngtDiagnostic.Severity.ERROR);
        if (json.requested()) {
            List<Object> entries = new ArrayList<>();
            for (NngtDiagnostic d : all) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("file", d.file());
                entry.put("line", d.line());
                entry.put("column", d.column());
                entry.put("severity", d.severity().label());
                entry.put("message", d.message());
                entry.put("code", d.code());
                entries.add(entry);
            }
            spec.commandLine().getOut().println(Json.write(entries));
        } else {
            all.forEach(d -> spec.commandLine().getOut().println(d));
            valid.forEach(file -> spec.commandLine().getOut().println(file + ": valid."));
        }
        return errors ? Main.EXIT_INVALID_INPUT : 0;
    }
}
