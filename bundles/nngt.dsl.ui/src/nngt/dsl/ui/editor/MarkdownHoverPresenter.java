package nngt.dsl.ui.editor;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.widgets.Display;

/**
 * Shows the Markdown of the language's hovers (nngt.dsl.ide's hover service writes the same text
 * for the language server) as styled text: "**name**" becomes bold, the markers disappear.
 */
public final class MarkdownHoverPresenter implements DefaultInformationControl.IInformationPresenter,
        DefaultInformationControl.IInformationPresenterExtension {

    private static final String BOLD = "**";

    @Override
    public String updatePresentation(Drawable drawable, String hoverInfo, TextPresentation presentation,
            int maxWidth, int maxHeight) {
        return render(hoverInfo, presentation);
    }

    /* The control's constructor takes the original interface; the control calls the extension above. */
    @Override
    @Deprecated
    public String updatePresentation(Display display, String hoverInfo, TextPresentation presentation, int maxWidth,
            int maxHeight) {
        return render(hoverInfo, presentation);
    }

    /**
     * Removes the bold markers of a Markdown text and records their spans as bold style ranges.
     *
     * @param markdown the hover's Markdown
     * @param presentation receives the bold ranges (may be null)
     * @return the text to show
     */
    public static String render(String markdown, TextPresentation presentation) {
        if (markdown == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(markdown.length());
        int at = 0;
        while (at < markdown.length()) {
            int open = markdown.indexOf(BOLD, at);
            int close = open < 0 ? -1 : markdown.indexOf(BOLD, open + BOLD.length());
            if (close < 0) {
                shown.append(markdown, at, markdown.length());
                break;
            }
            shown.append(markdown, at, open);
            int start = shown.length();
            shown.append(markdown, open + BOLD.length(), close);
            if (presentation != null) {
                presentation.addStyleRange(new StyleRange(start, shown.length() - start, null, null, SWT.BOLD));
            }
            at = close + BOLD.length();
        }
        return shown.toString();
    }
}
