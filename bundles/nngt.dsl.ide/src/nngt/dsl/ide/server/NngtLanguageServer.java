package nngt.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import nngt.dsl.NngtLanguage;
import nngt.dsl.ide.NngtIdeSetup;

/**
 * The .nngt language server (Xtext's LSP implementation with the .nngt IDE services) over a pair of
 * streams; {@link #main} serves on standard input and output.
 */
public final class NngtLanguageServer {

    private NngtLanguageServer() {
    }

    /**
     * Creates the server's injector. The registry of languages is given explicitly: Xtext's default
     * looks them up with {@link java.util.ServiceLoader}, which does not see other bundles inside OSGi.
     * Documents are validated beside other requests, not inside builds (see {@link NngtProjectManager}).
     *
     * @return an injector that makes {@link LanguageServerImpl} instances serving .nngt files
     */
    public static Injector createInjector() {
        Injector language = new NngtIdeSetup().createInjectorAndDoEMFRegistration();
        ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
        registry.getExtensionToFactoryMap().put(NngtLanguage.FILE_EXTENSION,
                language.getInstance(IResourceServiceProvider.class));
        return Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
            binder.bind(ProjectManager.class).to(NngtProjectManager.class);
        }));
    }

    /**
     * Starts a server on the given streams. The input may hold anything: a frame that cannot be read is
     * answered with a JSON-RPC error and skipped (see {@link FramedMessageProducer}), so the server keeps
     * answering, {@code shutdown} included.
     *
     * @param in requests from the client
     * @param out responses and notifications to the client; nothing else is written to it
     * @return the listening task; it completes when the input closes
     */
    public static Future<Void> start(InputStream in, OutputStream out) {
        LanguageServerImpl server = createInjector().getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = new FramedLauncherBuilder()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .create();
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }

    /**
     * Starts a server on the process's standard input and output. Standard output becomes the protocol
     * channel alone: {@link System#out} is pointed at standard error first, so that whatever a library
     * prints there (log lines, stack traces) cannot break the framing.
     *
     * @return the listening task; it completes when the input closes
     */
    public static Future<Void> startOnStandardStreams() {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        return start(System.in, protocol);
    }

    /**
     * Serves the language on standard input and output until the client closes the input.
     *
     * @param args ignored
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        try {
            startOnStandardStreams().get();
        } catch (ExecutionException e) {
            System.err.println("nngt language server stopped: " + e.getCause());
            System.exit(1);
        }
    }
}
