package nngt.dsl.ui.editor;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import nngt.dsl.ide.highlighting.NngtSemanticHighlighting;

/**
 * Colours and fonts of the .nngt editor: the lexical classes (keywords, numbers, units, comments,
 * strings) and the semantic styles of {@link NngtSemanticHighlighting}.
 */
final class NngtStyles {

    /** Keywords of the language. */
    static final TextAttribute KEYWORD = attribute(new RGB(127, 0, 85), SWT.BOLD);
    /** Numbers. */
    static final TextAttribute NUMBER = attribute(new RGB(18, 90, 160), SWT.NORMAL);
    /** Units after a number. */
    static final TextAttribute UNIT = attribute(new RGB(0, 128, 128), SWT.NORMAL);
    /** Comments. */
    static final TextAttribute COMMENT = attribute(new RGB(63, 127, 95), SWT.ITALIC);
    /** Strings. */
    static final TextAttribute STRING = attribute(new RGB(42, 0, 255), SWT.NORMAL);
    /** Everything else. */
    static final TextAttribute DEFAULT = new TextAttribute(null);

    /** The semantic styles, by the style ids of the IDE's highlighting calculator. */
    static final Map<String, TextAttribute> SEMANTIC = Map.of(
            NngtSemanticHighlighting.MODEL, attribute(new RGB(160, 80, 0), SWT.BOLD),
            NngtSemanticHighlighting.GROUP, attribute(new RGB(0, 0, 192), SWT.ITALIC),
            NngtSemanticHighlighting.PARAMETER, attribute(new RGB(100, 60, 140), SWT.NORMAL),
            NngtSemanticHighlighting.UNIT, UNIT);

    private NngtStyles() {
    }

    /* Colours need no disposal since SWT 3.115 (2020-09): they hold no operating-system handle. */
    private static TextAttribute attribute(RGB rgb, int style) {
        return new TextAttribute(new Color(rgb), null, style);
    }
}
