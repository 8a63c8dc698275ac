package nngt.dsl.ide.server;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * LSP4J's launcher wiring with {@link FramedMessageProducer} in place of its stream reader. The error
 * responses of the reader go through the same outgoing message stream as every other message, so that
 * they never interleave with another message's bytes. Message tracing is not supported.
 */
final class FramedLauncherBuilder extends Launcher.Builder<LanguageClient> {

    private MessageConsumer outgoing;

    @Override
    public Launcher<LanguageClient> create() {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(localServices, "localServices");
        Objects.requireNonNull(remoteInterfaces, "remoteInterfaces");
        MessageJsonHandler jsonHandler = createJsonHandler();
        RemoteEndpoint remoteEndpoint = createRemoteEndpoint(jsonHandler);
        LanguageClient remoteProxy = createProxy(remoteEndpoint);
        FramedMessageProducer reader = new FramedMessageProducer(input, jsonHandler, remoteEndpoint, outgoing);
        ConcurrentMessageProcessor processor = createMessageProcessor(reader, wrapMessageConsumer(remoteEndpoint),
                remoteProxy);
        ExecutorService executor = executorService != null ? executorService : Executors.newCachedThreadPool();
        return createLauncher(executor, remoteProxy, remoteEndpoint, processor);
    }

    /* As LSP4J's, keeping the outgoing stream for the reader's error responses. */
    @Override
    protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
        outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
        Endpoint localEndpoint = ServiceEndpoints.toEndpoint(localServices);
        RemoteEndpoint remoteEndpoint = exceptionHandler == null ? new RemoteEndpoint(outgoing, localEndpoint)
                : new RemoteEndpoint(outgoing, localEndpoint, exceptionHandler);
        jsonHandler.setMethodProvider(remoteEndpoint);
        remoteEndpoint.setJsonHandler(jsonHandler);
        return remoteEndpoint;
    }
}
