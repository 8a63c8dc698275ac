package nngt.dsl.ui.editor;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;

import nngt.dsl.ui.internal.NngtGrammar;

/**
 * Lexical colouring of the code partition: keywords and units are read from the language's grammar
 * (so they never drift from the parser), numbers by a rule for the grammar's INT and DECIMAL.
 */
final class NngtCodeScanner extends RuleBasedScanner {

    NngtCodeScanner() {
        IToken keyword = new Token(NngtStyles.KEYWORD);
        IToken unit = new Token(NngtStyles.UNIT);
        IToken other = new Token(NngtStyles.DEFAULT);
        WordRule words = new WordRule(new IdentifierDetector(), other);
        for (String word : NngtGrammar.keywords()) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                words.addWord(word, NngtGrammar.unitSymbols().contains(word) ? unit : keyword);
            }
        }
        setDefaultReturnToken(other);
        setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), new NumberRule(new Token(NngtStyles.NUMBER)),
                words });
    }

    /** Identifiers and keywords: a letter or underscore, then letters, digits and underscores. */
    private static final class IdentifierDetector implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }

    /** Numbers as the grammar writes them: digits, an optional fraction and an optional exponent. */
    private static final class NumberRule implements IRule {
        private final IToken token;

        NumberRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int c = scanner.read();
            if (c == ICharacterScanner.EOF || !Character.isDigit(c)) {
                scanner.unread();
                return Token.UNDEFINED;
            }
            readDigits(scanner);
            c = scanner.read();
            if (c == '.') {
                if (readDigits(scanner) == 0) {
                    scanner.unread();
                    return token;
                }
                c = scanner.read();
            }
            if (c == 'e' || c == 'E') {
                int consumed = 1;
                int sign = scanner.read();
                if (sign == '+' || sign == '-') {
                    consumed++;
                } else {
                    scanner.unread();
                }
                if (readDigits(scanner) == 0) {
                    for (int i = 0; i < consumed; i++) {
                        scanner.unread();
                    }
                }
            } else {
                scanner.unread();
            }
            return token;
        }

        /* Reads digits and returns how many. */
        private static int readDigits(ICharacterScanner scanner) {
            int count = 0;
            int c = scanner.read();
            while (c != ICharacterScanner.EOF && Character.isDigit(c)) {
                count++;
                c = scanner.read();
            }
            scanner.unread();
            return count;
        }
    }
}
