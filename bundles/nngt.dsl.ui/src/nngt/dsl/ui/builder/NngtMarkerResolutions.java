package nngt.dsl.ui.builder;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtQuickFixes;
import nngt.dsl.ui.internal.TextFix;

/**
 * Quick fixes of the builder's problem markers (Problems view, ruler): each is a text edit on the
 * file's document, shared with an open editor; a file open nowhere is saved right away.
 */
public class NngtMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return NngtQuickFixes.isFixable(marker.getAttribute(NngtUi.ATTRIBUTE_ISSUE_CODE, null),
                NngtQuickFixes.decode(marker.getAttribute(NngtUi.ATTRIBUTE_ISSUE_DATA, null)));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return new IMarkerResolution[0];
        }
        try {
            return withDocument(file, document -> fixesOf(marker, document).stream()
                    .map(fix -> (IMarkerResolution) new Resolution(fix)).toArray(IMarkerResolution[]::new));
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
            return new IMarkerResolution[0];
        }
    }

    /**
     * @param marker a marker of the .nngt builder
     * @param document the current document of its file
     * @return the fixes the marker's issue has against that document
     */
    static List<TextFix> fixesOf(IMarker marker, IDocument document) {
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        return NngtQuickFixes.fixes(marker.getAttribute(NngtUi.ATTRIBUTE_ISSUE_CODE, null),
                NngtQuickFixes.decode(marker.getAttribute(NngtUi.ATTRIBUTE_ISSUE_DATA, null)), start, end - start,
                document.get());
    }

    /* Work on a file's shared document; a document nobody else holds is saved afterwards. */
    private interface DocumentWork<T> {
        T run(IDocument document) throws CoreException;
    }

    private static <T> T withDocument(IFile file, DocumentWork<T> work) throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        manager.connect(path, LocationKind.IFILE, null);
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
            T result = work.run(buffer.getDocument());
            if (buffer.isDirty() && !buffer.isShared()) {
                buffer.commit(null, true);
            }
            return result;
        } finally {
            manager.disconnect(path, LocationKind.IFILE, null);
        }
    }

    /** One fix as a marker resolution. */
    private static final class Resolution implements IMarkerResolution2 {
        private final TextFix fix;

        Resolution(TextFix fix) {
            this.fix = fix;
        }

        @Override
        public String getLabel() {
            return fix.label();
        }

        @Override
        public String getDescription() {
            return fix.label() + ".";
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            if (!(marker.getResource() instanceof IFile file)) {
                return;
            }
            try {
                withDocument(file, document -> {
                    // Recomputed against the current text: a stale fix would replace the wrong characters.
                    for (TextFix current : fixesOf(marker, document)) {
                        if (current.equals(fix)) {
                            try {
                                current.apply(document);
                            } catch (BadLocationException e) {
                                throw new CoreException(org.eclipse.core.runtime.Status.error(
                                        "The fix no longer fits " + file.getFullPath(), e));
                            }
                        }
                    }
                    return null;
                });
            } catch (CoreException e) {
                ILog.of(NngtMarkerResolutions.class).log(e.getStatus());
            }
        }
    }
}
