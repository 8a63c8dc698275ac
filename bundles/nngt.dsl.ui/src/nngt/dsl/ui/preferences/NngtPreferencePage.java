package nngt.dsl.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.IWorkbenchPreferenceContainer;

/**
 * Window > Preferences > NNGT: the root of the NNGT Workbench's preference pages. It holds no setting
 * of its own; it says what its sub-pages hold and links to them, as the platform's "General" does.
 */
public final class NngtPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** Id of the page in the preference dialog. */
    public static final String ID = "nngt.dsl.ui.preferences";

    /** Creates the page. */
    public NngtPreferencePage() {
        noDefaultAndApplyButton();
    }

    @Override
    public void init(IWorkbench workbench) {
        // Nothing to read: the page has no setting.
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(1, false));
        Link link = new Link(composite, SWT.WRAP);
        link.setText("Settings of the NNGT Workbench. The model editor's content assist templates are on"
                + " <a href=\"" + NngtTemplatePreferencePage.ID + "\">Templates</a>.");
        link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        link.addListener(SWT.Selection, event -> {
            if (getContainer() instanceof IWorkbenchPreferenceContainer container) {
                container.openPage(event.text, null);
            }
        });
        return composite;
    }
}
