package nngt.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
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
     *
     * @return an injector that makes {@link LanguageServerImpl} instances serving .nngt files
     */
    public static Injector createInjector() {
        Injector language = new NngtIdeSetup().createInjectorAndDoEMFRegistration();
        ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
        registry.getExtensionToFactoryMap().put(NngtLanguage.FILE_EXTENSION,
                language.getInstance(IResourceServiceProvider.class));
        return Guice.createInjector(Modules.override(new ServerModule())
                .with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
    }

    /**
     * Starts a server on the given streams.
     *
     * @param in requests from the client
     * @param out responses and notifications to the client
     * @return the listening task; it completes when the input closes
     */
    public static Future<Void> start(InputStream in, OutputStream out) {
        LanguageServerImpl server = createInjector().getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }

    /**
     * Serves the language on standard input and output until the client closes the input.
     *
     * @param args ignored
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        try {
            start(System.in, System.out).get();
        } catch (ExecutionException e) {
            System.err.println("nngt language server stopped: " + e.getCause());
            System.exit(1);
        }
    }
}
