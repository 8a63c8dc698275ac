package nngt.dsl.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import nngt.dsl.ui.NngtUi;

/**
 * Parses and validates the text of a .nngt document in memory, for the editor's services and the
 * builder. Every call uses a fresh resource set, so calls on different threads share nothing.
 */
public final class NngtDocuments {

    private NngtDocuments() {
    }

    /**
     * A parsed document and its issues.
     *
     * @param text the text that was parsed
     * @param resource the resource holding the parse result and node model
     * @param issues the issues of the requested checks, in the validator's order
     */
    public record Parsed(String text, XtextResource resource, List<Issue> issues) {
    }

    /**
     * Parses text without validating it (for hover, content assist, hyperlinks and formatting).
     *
     * @param text the document's text
     * @return the parsed document, with no issues
     */
    public static Parsed parse(String text) {
        return new Parsed(text, load(text), List.of());
    }

    /**
     * Parses and validates text.
     *
     * @param text the document's text
     * @param mode which checks to run: {@link CheckMode#FAST_ONLY} while typing, {@link CheckMode#ALL} on build
     * @param cancel stops validation early when the text is already outdated
     * @return the parsed document with its issues (empty when cancelled)
     */
    public static Parsed validate(String text, CheckMode mode, CancelIndicator cancel) {
        XtextResource resource = load(text);
        IResourceValidator validator = NngtUi.injector().getInstance(IResourceValidator.class);
        List<Issue> issues = validator.validate(resource, mode, cancel);
        return new Parsed(text, resource, issues == null ? List.of() : List.copyOf(issues));
    }

    private static XtextResource load(String text) {
        XtextResourceSet resourceSet = NngtUi.injector().getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("inmemory:/document.nngt"));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory cannot fail", e);
        }
        return resource;
    }
}
