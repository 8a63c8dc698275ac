package nngt.dsl.ui.refactoring;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.DocumentChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextChange;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEditGroup;
import org.eclipse.xtext.util.ITextRegion;

import nngt.dsl.ide.references.GroupOccurrences;
import nngt.dsl.ide.references.GroupOccurrences.Occurrences;
import nngt.dsl.ui.NngtUi;
import nngt.dsl.ui.internal.NngtDocuments;

/**
 * Renames a group or metagroup of a .nngt model: its declaration and every reference to it, as
 * nngt.dsl.ide's {@link GroupOccurrences} finds them (the language server's rename edits the same
 * regions). The change has one edit group per occurrence, named with its line, which the preview
 * lists; names that are not identifiers, keywords, or taken by another group are refused.
 */
public final class RenameGroupRefactoring extends Refactoring {

    private final IDocument document;
    private final IFile file;
    private final int offset;
    private Occurrences occurrences;
    private String newName;

    /**
     * @param document the model's document (the editor's, so that the rename shows and undoes there)
     * @param file the model's file, or null when it is not a workspace file
     * @param offset an offset on the name of the group to rename
     */
    public RenameGroupRefactoring(IDocument document, IFile file, int offset) {
        this.document = document;
        this.file = file;
        this.offset = offset;
    }

    @Override
    public String getName() {
        return "Rename Group";
    }

    /**
     * @return the current name of the group, null before {@link #checkInitialConditions}
     */
    public String getCurrentName() {
        return occurrences == null ? null : occurrences.group().getName();
    }

    /**
     * @return "group" or "metagroup", null before {@link #checkInitialConditions}
     */
    public String getKind() {
        return occurrences == null ? null : occurrences.kind();
    }

    /**
     * @param name the new name
     */
    public void setNewName(String name) {
        this.newName = name;
    }

    /**
     * @return the new name
     */
    public String getNewName() {
        return newName;
    }

    @Override
    public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) {
        NngtDocuments.Parsed parsed = NngtDocuments.parse(document.get());
        occurrences = NngtUi.injector().getInstance(GroupOccurrences.class).at(parsed.resource(), offset)
                .orElse(null);
        if (occurrences == null) {
            return RefactoringStatus.createFatalErrorStatus(
                    "Place the cursor on the name of a group or metagroup, in its declaration or in a reference.");
        }
        return new RefactoringStatus();
    }

    /**
     * Checks the new name alone, for the wizard's page while the user types.
     *
     * @return an error status saying why the name cannot be used, or OK
     */
    public RefactoringStatus checkNewName() {
        if (occurrences == null) {
            return RefactoringStatus.createFatalErrorStatus("The group to rename is not known yet.");
        }
        if (occurrences.group().getName().equals(newName)) {
            return RefactoringStatus.createFatalErrorStatus("Type a new name for " + occurrences.kind() + " '"
                    + newName + "'.");
        }
        return NngtUi.injector().getInstance(GroupOccurrences.class).checkNewName(occurrences, newName)
                .map(RefactoringStatus::createFatalErrorStatus).orElseGet(RefactoringStatus::new);
    }

    @Override
    public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) {
        return checkNewName();
    }

    @Override
    public Change createChange(IProgressMonitor monitor) {
        String title = "Rename " + occurrences.kind() + " '" + occurrences.group().getName() + "' to '" + newName
                + "'";
        TextChange change = file != null ? new TextFileChange(title, file) : new DocumentChange(title, document);
        if (change instanceof TextFileChange fileChange) {
            fileChange.setSaveMode(TextFileChange.KEEP_SAVE_STATE);
        }
        MultiTextEdit root = new MultiTextEdit();
        change.setEdit(root);
        for (ITextRegion region : occurrences.all()) {
            ReplaceEdit edit = new ReplaceEdit(region.getOffset(), region.getLength(), newName);
            root.addChild(edit);
            String what = region == occurrences.declaration() ? "Rename the declaration" : "Update the reference";
            change.addTextEditGroup(new TextEditGroup(what + " on line " + line(region.getOffset()), edit));
        }
        return change;
    }

    private int line(int at) {
        try {
            return document.getLineOfOffset(at) + 1;
        } catch (BadLocationException e) {
            throw new IllegalStateException("An occurrence lies outside the text it was found in", e);
        }
    }
}
