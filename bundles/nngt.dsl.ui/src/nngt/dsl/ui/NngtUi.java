package nngt.dsl.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import com.google.inject.Injector;

import nngt.dsl.ide.NngtIdeSetup;

/**
 * Identifiers of the .nngt editor bundle (editor, nature, builder, marker type and its attributes)
 * the language injector that every editor service shares, and the editor's preferences.
 */
public final class NngtUi {

    /** Symbolic name of this bundle. */
    public static final String PLUGIN_ID = "nngt.dsl.ui";
    /** Id of the .nngt editor. */
    public static final String EDITOR_ID = "nngt.dsl.ui.editor";
    /** Id of the .nngt content type. */
    public static final String CONTENT_TYPE_ID = "nngt.dsl.ui.contentType";
    /** Id of the NNGT project nature. */
    public static final String NATURE_ID = "nngt.dsl.ui.nature";
    /** Id of the builder that validates every .nngt file of a project with the nature. */
    public static final String BUILDER_ID = "nngt.dsl.ui.builder";
    /** Type of the problem markers the builder creates (a subtype of IMarker.PROBLEM). */
    public static final String MARKER_TYPE = "nngt.dsl.ui.problem";
    /** Marker attribute: the issue code (see nngt.dsl.validation.IssueCodes), absent for syntax errors. */
    public static final String ATTRIBUTE_ISSUE_CODE = "nngt.issueCode";
    /** Marker attribute: the issue data, one entry per line. */
    public static final String ATTRIBUTE_ISSUE_DATA = "nngt.issueData";
    /** Id of the key-binding context active in the .nngt editor. */
    public static final String EDITOR_CONTEXT_ID = "nngt.dsl.ui.editorContext";
    /** Id of the command that formats the file in the editor. */
    public static final String FORMAT_COMMAND_ID = "nngt.dsl.ui.format";
    /** Id of the command that comments or uncomments the selected lines. */
    public static final String TOGGLE_COMMENT_COMMAND_ID = "nngt.dsl.ui.toggleComment";
    /** Command id of Rename (a group or metagroup, with every reference). */
    public static final String RENAME_COMMAND_ID = "nngt.dsl.ui.rename";
    /** Command id of Find References (of a group or metagroup). */
    public static final String FIND_REFERENCES_COMMAND_ID = "nngt.dsl.ui.findReferences";

    private NngtUi() {
    }

    /**
     * The injector of the language with its IDE services (content assist, hover, semantic
     * highlighting), created once on first use because creating it takes about half a second.
     *
     * @return the shared injector
     */
    public static Injector injector() {
        return InjectorHolder.INJECTOR;
    }

    /**
     * The preferences of the model editor (its templates among them), kept in the workspace's
     * instance scope under this bundle's name.
     *
     * @return the shared preference store
     */
    public static IPreferenceStore preferences() {
        return PreferencesHolder.PREFERENCES;
    }

    /* Created on first use: the instance scope needs the running platform. */
    private static final class PreferencesHolder {
        static final IPreferenceStore PREFERENCES = new ScopedPreferenceStore(InstanceScope.INSTANCE, PLUGIN_ID);
    }

    /* Initialization-on-demand holder: thread-safe, created on the first call of injector(). */
    private static final class InjectorHolder {
        static final Injector INJECTOR = new NngtIdeSetup().createInjectorAndDoEMFRegistration();
    }
}
