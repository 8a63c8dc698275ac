package nngt.dsl.validation;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.validation.Check;

import nngt.model.NngtPackage;

/**
 * Rules on every name of a model (networks, groups, parameters, stimuli, recorders, model and recordable names):
 * it is an identifier of the language. Text always is, by the grammar; a model read from XMI or built by a program
 * may hold any string, and a name with spaces, braces or line breaks would be written into {@code .nngt} (and other
 * formats) as something else, even as extra statements. Every text attribute of the metamodel is a name, except the
 * file and edge population of a {@code from_file} rule: those are quoted strings in the text (any path, any HDF5
 * group name), which the serializer escapes.
 */
public class NameValidator extends NngtCheckSupport {

    /** The identifier rule of the language (the ID terminal, without its keyword escape {@code ^}). */
    public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * Every text of an element is an identifier.
     *
     * @param object any element of a model
     */
    @Check
    public void checkNamesAreIdentifiers(EObject object) {
        forEachValue(object, attribute -> attribute.getEAttributeType() == EcorePackage.Literals.ESTRING
                && attribute.getEContainingClass() != NngtPackage.Literals.FROM_FILE,
                (value, attribute, index) -> checkIdentifier(value, object, attribute, index));
    }

    private void checkIdentifier(Object value, EObject object, EAttribute attribute, int index) {
        if (!(value instanceof String text) || IDENTIFIER.matcher(text).matches()) {
            return;
        }
        error("The " + attribute.getName() + " of " + ModelLabels.of(object) + " is " + quoted(text)
                + ", which is not a name: names start with a letter or '_' and hold only letters, digits and '_'.",
                object, attribute, index, IssueCodes.INVALID_NAME);
    }

    /* The text with the characters that would break the message (or a terminal) shown as escapes. */
    private static String quoted(String text) {
        StringBuilder shown = new StringBuilder("'");
        text.codePoints().limit(80).forEach(c -> {
            if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\r') {
                shown.append("\\r");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append(text.codePointCount(0, text.length()) > 80 ? "...'" : "'").toString();
    }
}
