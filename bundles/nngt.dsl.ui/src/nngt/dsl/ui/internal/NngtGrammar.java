package nngt.dsl.ui.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import nngt.dsl.ui.NngtUi;

/**
 * Word lists read from the language's grammar, so that colouring, quick fixes and templates never
 * drift from the parser.
 */
public final class NngtGrammar {

    /** Name of the grammar rule whose literals are the unit symbols. */
    private static final String UNIT_RULE = "UnitSymbol";

    private NngtGrammar() {
    }

    /**
     * @return every keyword of the language (unit symbols and punctuation included)
     */
    public static Set<String> keywords() {
        return Holder.KEYWORDS;
    }

    /**
     * @return the unit symbols the language can write after a number ("ms", "mV", "pA", ...)
     */
    public static Set<String> unitSymbols() {
        return Holder.UNITS;
    }

    /* Computed once, on first use: the grammar does not change at run time. */
    private static final class Holder {
        static final Set<String> KEYWORDS;
        static final Set<String> UNITS;

        static {
            IGrammarAccess grammar = NngtUi.injector().getInstance(IGrammarAccess.class);
            KEYWORDS = Set.copyOf(GrammarUtil.getAllKeywords(grammar.getGrammar()));
            Set<String> units = new LinkedHashSet<>();
            if (GrammarUtil.findRuleForName(grammar.getGrammar(), UNIT_RULE) instanceof EnumRule rule) {
                for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(rule,
                        EnumLiteralDeclaration.class)) {
                    units.add(literal.getLiteral().getValue());
                }
            }
            UNITS = Set.copyOf(units);
        }
    }
}
