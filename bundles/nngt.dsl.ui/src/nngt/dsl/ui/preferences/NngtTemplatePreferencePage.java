package nngt.dsl.ui.preferences;

import org.eclipse.ui.texteditor.templates.TemplatePreferencePage;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.editor.NngtTemplates;

/**
 * Window > Preferences > NNGT > Templates: the templates that the model editor's content assist
 * offers, with the platform's own editing (new, edit, remove, import, export, restore the built-in
 * ones). Changes are saved to the {@link NngtTemplates#store() template store} on OK or Apply.
 */
public final class NngtTemplatePreferencePage extends TemplatePreferencePage {

    /** Id of the page in the preference dialog. */
    public static final String ID = "nngt.dsl.ui.preferences.templates";

    /** Creates the page over the editor's template store and preferences. */
    public NngtTemplatePreferencePage() {
        setPreferenceStore(NngtUi.preferences());
        setTemplateStore(NngtTemplates.store());
        setContextTypeRegistry(NngtTemplates.registry());
        setDescription("Templates of the NNGT model editor. Content assist offers a template where the"
                + " language accepts the keyword its text begins with; ${group} variables choose among the"
                + " model's groups.");
    }

    /* The .nngt formatter formats whole models, not template text. */
    @Override
    protected boolean isShowFormatterSetting() {
        return false;
    }
}
