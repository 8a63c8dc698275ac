package nngt.workbench.ui.views;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.WorkbenchJob;
import org.eclipse.ui.statushandlers.StatusManager;

/** Opening views from background jobs. */
public final class Views {

    private Views() {
    }

    /**
     * Shows a view in the active page after a delay, from any thread; does nothing without a running workbench.
     *
     * @param viewId  the view's id
     * @param delayMs how long to wait first, in milliseconds (0: as soon as the UI thread is free)
     */
    public static void showLater(String viewId, long delayMs) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        new WorkbenchJob("Show " + viewId) {
            @Override
            public IStatus runInUIThread(IProgressMonitor monitor) {
                show(viewId);
                return Status.OK_STATUS;
            }
        }.schedule(delayMs);
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
