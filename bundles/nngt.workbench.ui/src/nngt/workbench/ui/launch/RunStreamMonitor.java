package nngt.workbench.ui.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IFlushableStreamMonitor;

/**
 * One text stream of a {@link SimulationProcess}: the lines the run writes, kept until the console connects (then
 * unbuffered, as the Debug plug-in asks of a flushable monitor) and passed to every listener as they come.
 * Appending and connecting synchronize on the monitor, as the process console expects, so no text is lost or
 * shown twice. The Debug plug-in creates the console in a job of its own, which may run after a short run has
 * ended; {@link #whenConnected} lets the process wait for it.
 */
final class RunStreamMonitor implements IFlushableStreamMonitor {

    private final List<IStreamListener> listeners = new CopyOnWriteArrayList<>();
    private final StringBuilder contents = new StringBuilder();
    private boolean buffered = true;
    private final List<Runnable> onConnect = new ArrayList<>();

    /**
     * Appends text and tells the listeners.
     *
     * @param text the text, with its line separators
     */
    synchronized void append(String text) {
        if (buffered) {
            contents.append(text);
        }
        for (IStreamListener listener : listeners) {
            listener.streamAppended(text, this);
        }
    }

    @Override
    public void addListener(IStreamListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(IStreamListener listener) {
        listeners.remove(listener);
    }

    @Override
    public synchronized String getContents() {
        return contents.toString();
    }

    @Override
    public synchronized void flushContents() {
        contents.setLength(0);
    }

    /**
     * The console unbuffers the monitor once it has written the buffered text, so that is when it connected.
     */
    @Override
    public void setBuffered(boolean buffer) {
        List<Runnable> connected;
        synchronized (this) {
            buffered = buffer;
            if (buffer) {
                return;
            }
            connected = List.copyOf(onConnect);
            onConnect.clear();
        }
        connected.forEach(Runnable::run);
    }

    /**
     * Runs an action once a console has taken this stream's text: now if it has, else when it connects (in the
     * thread that connects it).
     *
     * @param action what to run; it must be quick
     */
    void whenConnected(Runnable action) {
        synchronized (this) {
            if (buffered) {
                onConnect.add(action);
                return;
            }
        }
        action.run();
    }

    @Override
    public synchronized boolean isBuffered() {
        return buffered;
    }
}
