package nngt.workbench.ui.launch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IFlushableStreamMonitor;

/**
 * One text stream of a {@link SimulationProcess}: the lines the run writes, kept until the console connects (then
 * unbuffered, as the Debug plug-in asks of a flushable monitor) and passed to every listener as they come.
 * Appending and connecting synchronize on the monitor, as the process console expects, so no text is lost or
 * shown twice.
 */
final class RunStreamMonitor implements IFlushableStreamMonitor {

    private final List<IStreamListener> listeners = new CopyOnWriteArrayList<>();
    private final StringBuilder contents = new StringBuilder();
    private boolean buffered = true;

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

    @Override
    public synchronized void setBuffered(boolean buffer) {
        buffered = buffer;
    }

    @Override
    public synchronized boolean isBuffered() {
        return buffered;
    }
}
