package nngt.workbench.ui.launch;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;

import nngt.workbench.ui.WorkbenchIds;
import nngt.workbench.ui.views.Views;

/**
 * Shows the NNGT Results view after a run and keeps it in front of the Console view for a short while. The console
 * brings itself forward in a job of the console manager, 100 ms or more after the run's text reached it; on a
 * busy machine that job runs late, and the Results view, if it shares the console's stack, would be covered.
 * While the guard lasts, a console that comes forward over the results puts them back on top.
 */
final class ResultsInFront implements IPartListener2 {

    /** How long after the results are shown a console coming forward is sent back behind them. */
    static final int GUARD_MS = 3000;

    private final IWorkbenchPage page;

    private ResultsInFront(IWorkbenchPage page) {
        this.page = page;
    }

    /** Shows the Results view and starts the guard, once the UI thread is free; call from any thread. */
    static void show() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            if (!(Views.show(WorkbenchIds.RESULTS_VIEW) instanceof IViewPart results)) {
                return;
            }
            IWorkbenchPage page = results.getSite().getPage();
            ResultsInFront guard = new ResultsInFront(page);
            page.addPartListener(guard);
            display.timerExec(GUARD_MS, () -> page.removePartListener(guard));
        });
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference reference) {
        coveredByConsole(reference);
    }

    @Override
    public void partVisible(IWorkbenchPartReference reference) {
        coveredByConsole(reference);
    }

    private void coveredByConsole(IWorkbenchPartReference reference) {
        if (!IConsoleConstants.ID_CONSOLE_VIEW.equals(reference.getId())) {
            return;
        }
        // after the event: the page is still changing its stacks while it notifies listeners
        Display.getCurrent().asyncExec(() -> {
            IViewPart results = page.findView(WorkbenchIds.RESULTS_VIEW);
            if (results != null && !page.isPartVisible(results)) {
                page.bringToTop(results);
            }
        });
    }
}
