package nngt.workbench.ui.views;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

/** Opening views from background jobs, and the colours that the plots give to groups. */
public final class Views {

    /* Colour-blind-safe qualitative palette (Okabe and Ito), repeated when there are more groups. */
    private static final RGB[] GROUP_COLOURS = {
        new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115), new RGB(204, 121, 167),
        new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(240, 228, 66), new RGB(0, 0, 0),
    };

    private Views() {
    }

    /**
     * Shows a view in the active page once the UI thread is free; does nothing without a running workbench.
     *
     * @param viewId the view's id
     */
    public static void showAsync(String viewId) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> show(viewId));
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

    /**
     * @param groupIndex a group's index in its network
     * @return the colour plots use for it
     */
    public static RGB groupColour(int groupIndex) {
        return GROUP_COLOURS[Math.floorMod(groupIndex, GROUP_COLOURS.length)];
    }
}
