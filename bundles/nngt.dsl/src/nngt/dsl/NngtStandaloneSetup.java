package nngt.dsl;

import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

import nngt.model.NngtPackage;

/**
 * Initializes the .nngt language outside OSGi (CLI, tests): the generated setup does not register the
 * imported nngt.model package, which the Eclipse extension registry does inside OSGi.
 */
public class NngtStandaloneSetup extends NngtStandaloneSetupGenerated {

    /**
     * Registers the language and the metamodel globally and returns the language's injector.
     *
     * @return the injector of the .nngt language
     */
    public static Injector doSetup() {
        return new NngtStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    @Override
    public Injector createInjectorAndDoEMFRegistration() {
        EPackage.Registry.INSTANCE.putIfAbsent(NngtPackage.eNS_URI, NngtPackage.eINSTANCE);
        return super.createInjectorAndDoEMFRegistration();
    }
}
