package nngt.dsl.ide;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import nngt.dsl.NngtRuntimeModule;
import nngt.dsl.NngtStandaloneSetup;

/**
 * Initializes the .nngt language with its IDE services, for the language server and tools.
 */
public class NngtIdeSetup extends NngtStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new NngtRuntimeModule(), new NngtIdeModule()));
    }
}
