package nngt.dsl.ui.editor;

import org.eclipse.jface.text.source.Annotation;

/**
 * An error, warning or info annotation that the editor's reconciler puts on a .nngt document,
 * carrying the issue code and data its quick fixes need.
 */
public class NngtIssueAnnotation extends Annotation {

    /** Annotation type of errors (the platform's, so rulers and the overview show them). */
    public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    /** Annotation type of warnings. */
    public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
    /** Annotation type of infos. */
    public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

    private final String issueCode;
    private final String[] issueData;

    /**
     * @param type {@link #ERROR}, {@link #WARNING} or {@link #INFO}
     * @param message the issue's message
     * @param issueCode the issue code, null for syntax errors
     * @param issueData the issue data, may be null
     */
    public NngtIssueAnnotation(String type, String message, String issueCode, String[] issueData) {
        super(type, false, message);
        this.issueCode = issueCode;
        this.issueData = issueData == null ? new String[0] : issueData.clone();
    }

    /**
     * @return the issue code, null for syntax errors
     */
    public String getIssueCode() {
        return issueCode;
    }

    /**
     * @return a copy of the issue data
     */
    public String[] getIssueData() {
        return issueData.clone();
    }
}
