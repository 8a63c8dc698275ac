package nngt.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nngt.dsl.ide.NngtIdeSetup;
import nngt.dsl.ide.highlighting.NngtSemanticHighlighting;
import nngt.model.Network;

@ExtendWith(InjectionExtension.class)
@InjectWith(NngtInjectorProvider.class)
class NngtSemanticHighlightingTest {

    @Inject
    private ParseHelper<Network> parseHelper;

    @Test
    void modelsGroupsParametersAndUnitsAreHighlighted() throws Exception {
        String text = "network h { seed 1 group cells: 2 excitatory iaf_psc_alpha { V_th = -50 mV } "
                + "connect cells -> cells: all_to_all weight 5 pA delay 1 ms }";
        Network network = parseHelper.parse(text);
        List<String> highlighted = new ArrayList<>();
        ISemanticHighlightingCalculator calculator = new NngtIdeSetup().createInjectorAndDoEMFRegistration()
                .getInstance(ISemanticHighlightingCalculator.class);
        assertEquals(NngtSemanticHighlighting.class, calculator.getClass());
        calculator.provideHighlightingFor((XtextResource) network.eResource(),
                (offset, length, styles) -> highlighted.add(text.substring(offset, offset + length) + "=" + styles[0]),
                CancelIndicator.NullImpl);
        assertEquals(List.of("cells=nngt.group", "iaf_psc_alpha=nngt.model", "V_th=nngt.parameter", "mV=nngt.unit",
                "cells=nngt.group", "cells=nngt.group", "pA=nngt.unit", "ms=nngt.unit"), highlighted);
    }
}
