package nngt.dsl.ui.builder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import nngt.dsl.NngtLanguage;
import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtDocuments;
import nngt.dsl.ui.internal.NngtQuickFixes;

/**
 * Validates every .nngt file of a project with all checks, the whole-network ones included, and
 * replaces the file's problem markers with the issues found. Incremental builds revisit only the
 * added and changed files; markers of removed files go with them.
 */
public class NngtBuilder extends IncrementalProjectBuilder {

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta == null) {
            getProject().accept(resource -> {
                checkCancel(monitor);
                if (isModel(resource)) {
                    validate((IFile) resource);
                }
                return true;
            });
        } else {
            delta.accept(change -> {
                checkCancel(monitor);
                if (change.getKind() != IResourceDelta.REMOVED && isModel(change.getResource())) {
                    validate((IFile) change.getResource());
                }
                return true;
            });
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(NngtUi.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
    }

    private static void checkCancel(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static boolean isModel(IResource resource) {
        return resource.getType() == IResource.FILE && NngtLanguage.FILE_EXTENSION.equals(resource.getFileExtension());
    }

    /**
     * Validates one file and replaces its markers.
     *
     * @param file a .nngt file
     * @throws CoreException when the file cannot be read or its markers cannot be written
     */
    static void validate(IFile file) throws CoreException {
        String text;
        try (InputStream in = file.getContents(true)) {
            text = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
        } catch (IOException e) {
            throw new CoreException(Status.error(file.getFullPath() + ": cannot be read: " + e.getMessage(), e));
        }
        NngtDocuments.Parsed parsed = NngtDocuments.validate(text, CheckMode.ALL,
                org.eclipse.xtext.util.CancelIndicator.NullImpl);
        file.deleteMarkers(NngtUi.MARKER_TYPE, true, IResource.DEPTH_ZERO);
        for (Issue issue : parsed.issues()) {
            IMarker marker = file.createMarker(NngtUi.MARKER_TYPE);
            int offset = issue.getOffset() == null ? 0 : issue.getOffset();
            int length = issue.getLength() == null ? 0 : issue.getLength();
            marker.setAttributes(new String[] { IMarker.MESSAGE, IMarker.SEVERITY, IMarker.LINE_NUMBER,
                    IMarker.CHAR_START, IMarker.CHAR_END, NngtUi.ATTRIBUTE_ISSUE_CODE, NngtUi.ATTRIBUTE_ISSUE_DATA },
                    new Object[] { issue.getMessage(), severity(issue), issue.getLineNumber() == null ? 1
                            : issue.getLineNumber(), offset, offset + length, issue.getCode(),
                            NngtQuickFixes.encode(issue.getData()) });
        }
    }

    private static int severity(Issue issue) {
        return switch (issue.getSeverity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
