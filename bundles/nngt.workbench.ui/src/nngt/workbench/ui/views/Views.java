package nngt.workbench.ui.views;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

/** Opening views. */
public final class Views {

    private Views() {
    }

    /**
     * Shows and activates a view in the active page; call on the UI thread.
     *
     * @param viewId the view's id
     * @return the view, or null when no page is active or it cannot be created (the reason is logged)
     */
    public static Object show(String viewId) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        try {
            return page.showView(viewId);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
            return null;
        }
    }
}
