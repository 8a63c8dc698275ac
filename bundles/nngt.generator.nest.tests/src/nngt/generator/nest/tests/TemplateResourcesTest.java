package nngt.generator.nest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.generator.nest.internal.Template;
import nngt.generator.nest.tests.Projects.Outcome;

/**
 * The build check of the generator's fixed code: every Python resource in {@code templates/} is itself valid Python
 * that passes {@code py_compile} and flake8 (its placeholder blocks hold stand-ins), and the placeholders are filled
 * in one pass, verbatim.
 */
class TemplateResourcesTest {

    @TempDir
    Path temporary;

    private static Path templates() {
        return Path.of(System.getProperty("nngt.templates",
                "../nngt.generator.nest/src/nngt/generator/nest/internal/templates"));
    }

    @Test
    void everyPythonResourceCompilesAndPassesFlake8() throws IOException {
        boolean python = Projects.pythonCan("import sys");
        boolean flake8 = python && Projects.pythonCan("import flake8");
        if (!flake8) {
            System.out.println("SKIPPED everyPythonResourceCompilesAndPassesFlake8: " + Projects.PYTHON
                    + (python ? " has no flake8 (apt-get install python3-flake8)" : " is not installed"));
        }
        assumeTrue(flake8, "python3 with flake8 is needed");
        List<Path> resources;
        try (Stream<Path> list = Files.list(templates())) {
            resources = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertEquals(List.of("analysis.py", "nest2_api.py", "nest3_api.py", "run.py"),
                resources.stream().map(p -> p.getFileName().toString()).toList());
        for (Path resource : resources) {
            // compile a copy, so that no __pycache__ lands in the source tree
            Path copy = temporary.resolve(resource.getFileName());
            Files.copy(resource, copy);
            Outcome compiled = Projects.run(List.of(Projects.PYTHON, "-m", "py_compile", copy.toString()), temporary);
            assertEquals(0, compiled.exitCode(), () -> resource + ": " + compiled.output());
            Outcome lint = Projects.run(List.of(Projects.PYTHON, "-m", "flake8", copy.toString()), temporary);
            assertEquals(0, lint.exitCode(), () -> resource + ": " + lint.output());
        }
    }

    @Test
    void blocksAndTokensAreFilledVerbatimAndOnlyOnce() {
        String filled = Template.load("run.sh").fill(Map.of("HEADER", "@@THREADS@@ stays text", "THREADS", "4"));
        assertTrue(filled.startsWith("#!/bin/sh\n# @@THREADS@@ stays text\n"), filled);
        assertTrue(filled.contains("--threads \"${1:-4}\""), filled);
        String api = Template.load("nest3_api.py").fill(Map.of("PREAMBLE", ""));
        assertTrue(api.startsWith("####"), api);
        assertFalse(api.contains("@@"), api);
    }

    @Test
    void aMissingOrUnusedValueIsAnError() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Template.load("run.sh").fill(Map.of("HEADER", "h")));
        assertEquals("template run.sh: no value for placeholder THREADS", missing.getMessage());
        IllegalStateException unused = assertThrows(IllegalStateException.class,
                () -> Template.load("run.sh").fill(Map.of("HEADER", "h", "THREADS", "1", "OTHER", "x")));
        assertEquals("template run.sh has no placeholder for [OTHER]", unused.getMessage());
    }
}
