package nngt.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.jface.text.templates.persistence.TemplatePersistenceData;
import org.eclipse.jface.text.templates.persistence.TemplateStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextChange;
import org.eclipse.ltk.core.refactoring.TextEditBasedChangeGroup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.CheckMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nngt.dsl.ui.editor.MarkdownHoverPresenter;
import nngt.dsl.ui.editor.NngtContentAssistProcessor;
import nngt.dsl.ui.editor.NngtEditor;
import nngt.dsl.ui.editor.NngtReferencesView;
import nngt.dsl.ui.editor.NngtTemplates;
import nngt.dsl.ui.editor.NngtTextHover;
import nngt.dsl.ui.internal.NngtDocuments;
import nngt.dsl.ui.preferences.NngtPreferencePage;
import nngt.dsl.ui.preferences.NngtTemplatePreferencePage;
import nngt.dsl.ui.refactoring.RenameGroupRefactoring;

/**
 * What Xtext editors offer, in the .nngt editor: content assist that opens by itself while typing,
 * styled hovers, rename with preview, find references, mark occurrences, folding and templates.
 */
class NngtEditingFeaturesTest {

    /*
     * Lines (1-based): 1-3 block comment, 4 network, 6-9 group exc with a block, 10 metagroup, 11 group
     * inh, 12-13 connections, 14-15 two line comments, 16 recorder, 18 the closing brace. 'exc' is
     * declared on line 6 and referred to on lines 10, 12 (twice), 13 and 16.
     */
    static final String MODEL = String.join("\n",
            "/*",
            " * Groups with references, for rename, references, occurrences and folding.",
            " */",
            "network refs {",
            "  seed 1",
            "  group exc: 80 excitatory iaf_psc_alpha {",
            "    C_m = 250 pF,",
            "    tau_m = 20 ms",
            "  }",
            "  metagroup both: exc, inh",
            "  group inh: 20 inhibitory iaf_psc_alpha",
            "  connect exc -> exc, inh: erdos_renyi(density = 0.1) weight 20 pA delay 1.5 ms",
            "  connect inh -> exc: erdos_renyi(density = 0.1) weight 80 pA delay 1.5 ms",
            "  // two lines of",
            "  // comment fold together",
            "  record spikes from exc, both",
            "  simulate 100 ms",
            "}",
            "");

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = UiTesting.exampleProject("editing-tests");
    }

    @AfterEach
    void closeEditors() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
    }

    private static NngtEditor openModel(String name) throws Exception {
        return UiTesting.open(UiTesting.write(project, name, MODEL));
    }

    private static List<Integer> lines(IDocument document, List<Position> positions) throws Exception {
        List<Integer> lines = new ArrayList<>();
        for (Position position : positions) {
            lines.add(document.getLineOfOffset(position.getOffset()) + 1);
        }
        return lines;
    }

    @Test
    void typingEqualsOpensContentAssistWithValueProposals() throws Exception {
        NngtEditor editor = openModel("assist-equals.nngt");
        StyledText widget = editor.getViewer().getTextWidget();
        int offset = editor.getViewer().getDocument().get().indexOf("tau_m = 20 ms") + "tau_m = 20 ms".length();
        editor.getViewer().getDocument().replace(offset, 0, ", t_ref ");
        focus(widget);
        editor.selectAndReveal(offset + ", t_ref ".length(), 0);
        type(widget, "=");
        Table proposals = UiTesting.waitFor("the content assist popup after '='", () -> proposalTable());
        List<String> items = new ArrayList<>();
        UiTesting.waitUntil("the popup to list the distributions", () -> {
            items.clear();
            for (int i = 0; i < proposals.getItemCount(); i++) {
                items.add(proposals.getItem(i).getText());
            }
            return items.contains("uniform") && items.contains("gaussian");
        });
    }

    @Test
    void typingTheFirstLetterOfANameOpensContentAssistWithTheNamesStartingSo() throws Exception {
        NngtEditor editor = openModel("assist-letter.nngt");
        StyledText widget = editor.getViewer().getTextWidget();
        IDocument document = editor.getViewer().getDocument();
        int offset = document.get().indexOf("tau_m = 20 ms") + "tau_m = 20 ms".length();
        document.replace(offset, 0, ",\n    ");
        focus(widget);
        editor.selectAndReveal(offset + ",\n    ".length(), 0);
        UiTesting.typeOnKeyboard(widget, "t");
        assertTrue(document.get().contains("tau_m = 20 ms,\n    t\n"), "the key reached the text: " + document.get());
        Table proposals = UiTesting.waitFor("the content assist popup to open by itself after a letter",
                () -> proposalTable());
        List<String> items = new ArrayList<>();
        UiTesting.waitUntil("the popup to list t_ref", () -> {
            items.clear();
            for (int i = 0; i < proposals.getItemCount(); i++) {
                items.add(proposals.getItem(i).getText());
            }
            return items.stream().anyMatch(item -> item.startsWith("t_ref - default 2 ms"));
        });
        assertFalse(items.stream().anyMatch(item -> item.startsWith("tau_m ")), "tau_m is set already: " + items);
        assertTrue(items.stream().filter(item -> item.contains(" - default ")).allMatch(item -> item.startsWith("t")),
                "only parameters starting with t: " + items);
        // An automatic popup never inserts a proposal by itself.
        assertTrue(document.get().contains("tau_m = 20 ms,\n    t\n"), document.get());
        while (widget.getDisplay().readAndDispatch()) {
            // Paint the popup before the screen is copied.
        }
        Path png = UiTesting.screenshot(widget.getShell(), "nngt-editor-assist.png");
        assertTrue(Files.size(png) > 10_000, () -> png + " is only " + png.toFile().length() + " bytes");
    }

    /* Content assist opens by itself only in the control that has the keyboard focus. */
    static void focus(StyledText widget) {
        widget.getShell().forceActive();
        widget.forceFocus();
        long deadline = System.currentTimeMillis() + 2000;
        while (!widget.isFocusControl() && System.currentTimeMillis() < deadline) {
            if (!widget.getDisplay().readAndDispatch()) {
                widget.forceFocus();
            }
        }
    }

    /* Types characters as the keyboard does: key-down events through the widget's listeners. */
    private static void type(StyledText widget, String text) {
        for (char c : text.toCharArray()) {
            Event event = new Event();
            event.character = c;
            event.keyCode = c;
            event.doit = true;
            widget.notifyListeners(SWT.KeyDown, event);
            event.type = SWT.KeyUp;
            widget.notifyListeners(SWT.KeyUp, event);
        }
    }

    /* Content assist's popup: a shell of its own holding the table of proposals. */
    static Table proposalTable() {
        for (Shell shell : PlatformUI.getWorkbench().getDisplay().getShells()) {
            if (shell.isVisible() && shell.getParent() != null) {
                Table table = find(shell, Table.class);
                if (table != null && table.getItemCount() > 0) {
                    return table;
                }
            }
        }
        return null;
    }

    static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void hoverShowsMeaningUnitDefaultAndConstraintsAsStyledText() throws Exception {
        NngtEditor editor = openModel("hover.nngt");
        String text = editor.getViewer().getDocument().get();
        NngtTextHover hover = new NngtTextHover();
        String info = hover.getHoverInfo(editor.getViewer(), hover.getHoverRegion(editor.getViewer(),
                text.indexOf("C_m = 250") + 1));
        assertTrue(info.startsWith("**C_m** (pF) of iaf_psc_alpha: Membrane capacitance."), info);
        assertTrue(info.contains("Default: 250 pF."), info);
        assertTrue(info.contains("NEST requires: ") && info.contains("C_m > 0"), info);

        Shell shell = editor.getSite().getShell();
        IInformationControl control = hover.getHoverControlCreator().createInformationControl(shell);
        try {
            assertTrue(control instanceof DefaultInformationControl);
            control.setInformation(info);
            control.setSize(500, 200);
            control.setVisible(true);
            StyledText shown = null;
            for (Shell candidate : shell.getDisplay().getShells()) {
                StyledText styled = find(candidate, StyledText.class);
                if (styled != null && styled.getText().startsWith("C_m (pF) of iaf_psc_alpha")) {
                    shown = styled;
                }
            }
            assertNotNull(shown, "the hover control shows the text without Markdown markers");
            assertFalse(shown.getText().contains("**"));
            StyleRange name = shown.getStyleRangeAtOffset(1);
            assertNotNull(name, "the parameter's name is styled");
            assertEquals(SWT.BOLD, name.fontStyle & SWT.BOLD);
            StyleRange plain = shown.getStyleRangeAtOffset(shown.getText().indexOf("Membrane"));
            assertTrue(plain == null || (plain.fontStyle & SWT.BOLD) == 0, "the description is not bold");
        } finally {
            control.dispose();
        }
        TextPresentation presentation = new TextPresentation();
        assertEquals("a b c", MarkdownHoverPresenter.render("a **b** c", presentation));
        StyleRange bold = presentation.getAllStyleRangeIterator().next();
        assertEquals(2, bold.start);
        assertEquals(1, bold.length);
    }

    @Test
    void renameChangesTheDeclarationAndEveryReferenceWithAPreviewOfEachChange() throws Exception {
        NngtEditor editor = openModel("rename.nngt");
        IDocument document = editor.getViewer().getDocument();
        editor.selectAndReveal(document.get().indexOf("connect exc") + "connect e".length(), 0);
        RenameGroupRefactoring refactoring = editor.createRenameRefactoring();
        NullProgressMonitor monitor = new NullProgressMonitor();
        assertTrue(refactoring.checkInitialConditions(monitor).isOK());
        assertEquals("exc", refactoring.getCurrentName());

        refactoring.setNewName("connect");
        RefactoringStatus keyword = refactoring.checkFinalConditions(monitor);
        assertTrue(keyword.hasFatalError());
        assertEquals("'connect' is not a valid group name: it is a keyword of the .nngt language.",
                keyword.getMessageMatchingSeverity(RefactoringStatus.FATAL));
        refactoring.setNewName("inh");
        assertEquals("The population already has a group named 'inh'; choose another name.",
                refactoring.checkFinalConditions(monitor).getMessageMatchingSeverity(RefactoringStatus.FATAL));
        refactoring.setNewName("2cells");
        assertTrue(refactoring.checkFinalConditions(monitor).hasFatalError());

        refactoring.setNewName("pyramidal");
        assertTrue(refactoring.checkFinalConditions(monitor).isOK());
        TextChange change = (TextChange) refactoring.createChange(monitor);
        List<String> groups = new ArrayList<>();
        for (TextEditBasedChangeGroup group : change.getChangeGroups()) {
            groups.add(group.getName());
        }
        assertEquals(List.of("Rename the declaration on line 6", "Update the reference on line 10",
                "Update the reference on line 12", "Update the reference on line 12",
                "Update the reference on line 13", "Update the reference on line 16"), groups);
        String expected = MODEL.replace("group exc:", "group pyramidal:")
                .replace("both: exc,", "both: pyramidal,")
                .replace("connect exc -> exc,", "connect pyramidal -> pyramidal,")
                .replace("-> exc:", "-> pyramidal:")
                .replace("from exc,", "from pyramidal,");
        assertEquals(expected, change.getPreviewContent(monitor));

        change.initializeValidationData(monitor);
        assertTrue(change.isValid(monitor).isOK());
        change.perform(monitor);
        assertEquals(expected, document.get());
        UiTesting.waitUntil("the renamed model to reconcile without problems",
                () -> editor.getLastReconcileResult() != null && editor.getLastReconcileResult().issueCount() == 0
                        && editor.getLastReconcileResult().outline().toString().contains("pyramidal"));

        editor.selectAndReveal(document.get().indexOf("seed"), 0);
        assertTrue(editor.createRenameRefactoring().checkInitialConditions(monitor).hasFatalError(),
                "'seed' names no group");
    }

    @Test
    void findReferencesListsEachReferenceWithItsLineAndADoubleClickSelectsIt() throws Exception {
        NngtEditor editor = openModel("references.nngt");
        IDocument document = editor.getViewer().getDocument();
        editor.selectAndReveal(document.get().indexOf("group exc") + "group ex".length(), 0);
        List<NngtReferencesView.Reference> references = editor.findReferences();
        assertEquals(List.of(10, 12, 12, 13, 16), references.stream().map(NngtReferencesView.Reference::line)
                .toList());
        assertEquals("connect exc -> exc, inh: erdos_renyi(density = 0.1) weight 20 pA delay 1.5 ms",
                references.get(1).lineText());

        NngtReferencesView view = (NngtReferencesView) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().findView(NngtReferencesView.ID);
        assertNotNull(view, "the References view is open");
        assertEquals("'exc': 5 references in references.nngt", view.getContentDescription());
        Table table = view.getViewer().getTable();
        assertEquals(5, table.getItemCount());
        assertEquals("13", table.getItem(3).getText(0));

        // A double-click on the row of line 13: SWT reports it as a default selection.
        table.setSelection(3);
        Event doubleClick = new Event();
        doubleClick.item = table.getItem(3);
        table.notifyListeners(SWT.DefaultSelection, doubleClick);
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(13, selection.getStartLine() + 1);
        assertEquals("exc", selection.getText());
        assertEquals(document.get().indexOf("-> exc:") + 3, selection.getOffset());
    }

    @Test
    void theCaretOnAGroupNameMarksEveryOccurrence() throws Exception {
        NngtEditor editor = openModel("occurrences.nngt");
        IDocument document = editor.getViewer().getDocument();
        String text = document.get();
        editor.selectAndReveal(text.indexOf("connect inh") + "connect in".length(), 0);
        List<Position> expected = List.of(new Position(text.indexOf("group inh") + 6, 3),
                new Position(text.indexOf("exc, inh") + 5, 3), new Position(text.indexOf("exc, inh:") + 5, 3),
                new Position(text.indexOf("connect inh") + 8, 3));
        UiTesting.waitUntil("the occurrences of 'inh'", () -> occurrences(editor).size() == 4);
        List<Position> found = occurrences(editor);
        found.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
        List<Position> sorted = new ArrayList<>(expected);
        sorted.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
        assertEquals(sorted, found);
        for (Position position : found) {
            assertEquals("inh", text.substring(position.getOffset(), position.getOffset() + position.getLength()));
        }

        editor.selectAndReveal(text.indexOf("simulate"), 0);
        UiTesting.waitUntil("the occurrences to go when the caret leaves the name",
                () -> occurrences(editor).isEmpty());
    }

    private static List<Position> occurrences(NngtEditor editor) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        List<Position> positions = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            if ("nngt.dsl.ui.occurrence".equals(annotation.getType())) {
                positions.add(model.getPosition(annotation));
            }
        }
        return positions;
    }

    @Test
    void theNetworkAGroupBlockAndCommentBlocksFold() throws Exception {
        NngtEditor editor = openModel("folding.nngt");
        IDocument document = editor.getViewer().getDocument();
        UiTesting.waitUntil("the folding regions", () -> editor.getFoldingRegions().size() == 4);
        List<Position> regions = editor.getFoldingRegions();
        assertEquals(List.of(1, 4, 6, 14), lines(document, regions));
        List<Integer> lastLines = new ArrayList<>();
        for (Position region : regions) {
            lastLines.add(document.getLineOfOffset(region.getOffset() + region.getLength() - 1) + 1);
        }
        assertEquals(List.of(3, 18, 9, 15), lastLines);

        // The folds follow edits: a second run of line comments appears, the group's block goes.
        document.replace(document.get().indexOf("  simulate"), 0, "  // another\n  // run\n");
        int block = document.get().indexOf(" {\n    C_m");
        int blockEnd = document.get().indexOf("  }\n", block) + 3;
        document.replace(block, blockEnd - block, "");
        UiTesting.waitUntil("the folds of the edited text", () -> lines(editor).equals(List.of(1, 4, 11, 14)));
    }

    private static List<Integer> lines(NngtEditor editor) {
        try {
            return lines(editor.getViewer().getDocument(), editor.getFoldingRegions());
        } catch (Exception e) {
            return List.of();
        }
    }

    @Test
    void eachTemplateExpandsToAModelThatValidates() throws Exception {
        String network = MODEL.substring(MODEL.indexOf("network refs"));
        for (Template template : NngtTemplates.BUILT_IN) {
            // Where content assist offers it: the network at the top, a group among the groups, the others last.
            String before = "";
            String after = "";
            if (!template.getName().equals("network")) {
                int split = network.indexOf(template.getName().equals("group") ? "  connect" : "  simulate");
                before = network.substring(0, split) + "  ";
                after = network.substring(split);
            }
            IDocument document = new Document(before + "\n" + after);
            int at = before.length();
            assertTrue(offered(document, at).contains(template.getName()), template.getName() + " is offered at "
                    + at + " in\n" + document.get());
            DocumentTemplateContext context = new DocumentTemplateContext(NngtTemplates.contextType(), document, at,
                    0);
            String expansion = context.evaluate(template).getString();
            String model = before + expansion + "\n" + after;
            List<String> errors = NngtDocuments.validate(model, CheckMode.ALL, () -> false).issues().stream()
                    .filter(issue -> issue.getSeverity() == Severity.ERROR).map(Object::toString).toList();
            assertEquals(List.of(), errors, template.getName() + " expands to\n" + model);
            assertFalse(expansion.contains("${"), expansion);
            if (template.getName().equals("connect")) {
                assertTrue(expansion.startsWith("connect exc -> exc: "), "group variables take the model's groups: "
                        + expansion);
            }
        }
    }

    /* The names of the templates that the editor's content assist offers at an offset. */
    private static List<String> offered(IDocument document, int offset) {
        ITextViewer viewer = new TextViewer(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                SWT.NONE);
        try {
            viewer.setDocument(document);
            List<String> names = new ArrayList<>();
            for (ICompletionProposal proposal : new NngtContentAssistProcessor().computeCompletionProposals(viewer,
                    offset)) {
                if (proposal instanceof TemplateProposal template) {
                    names.add(template.getDisplayString().substring(0, template.getDisplayString().indexOf(" - ")));
                }
            }
            return names;
        } finally {
            viewer.getTextWidget().dispose();
        }
    }

    @Test
    void contentAssistOffersTheTemplatesThatTheGrammarAcceptsThere() throws Exception {
        NngtEditor editor = openModel("templates.nngt");
        IDocument document = editor.getViewer().getDocument();
        int body = document.get().indexOf("  simulate");
        document.replace(body, 0, "  co\n");
        assertEquals(List.of("connect"), offered(document, body + 4));
        document.replace(body + 2, 2, "");
        assertEquals(List.of("connect", "stimulate"), offered(document, body + 2),
                "no group template after the connections");
        int groups = document.get().indexOf("  metagroup");
        document.replace(groups, 0, "  \n");
        assertTrue(offered(document, groups + 2).contains("group"), "a group template among the groups");
        assertEquals(List.of("network"), offered(new Document("net"), 3));
        assertEquals(List.of(), offered(document, document.get().indexOf("C_m") + 1),
                "no statement templates inside a parameter block");

        // Applied from the editor's content assist, the template inserts its model text.
        body = document.get().indexOf("  \n  simulate");
        TemplateProposal connect = (TemplateProposal) List.of(new NngtContentAssistProcessor()
                .computeCompletionProposals(editor.getViewer(), body + 2)).stream()
                .filter(p -> p instanceof TemplateProposal && p.getDisplayString().startsWith("connect - ")).findFirst()
                .orElseThrow();
        connect.apply(editor.getViewer(), (char) 0, 0, body + 2);
        assertTrue(document.get().contains("  connect exc -> exc: erdos_renyi(density = 0.1) weight 10 pA delay 1.5 ms"),
                document.get());
    }

    @Test
    void templatesLiveInAStoreThatKeepsTheUsersChangesAndRestoresTheBuiltInOnes() throws Exception {
        Path saved = Files.createTempFile("nngt-templates", ".prefs");
        PreferenceStore preferences = new PreferenceStore(saved.toString());
        TemplateStore store = NngtTemplates.createStore(preferences);
        assertEquals(List.of("group", "connect", "stimulate", "network"), names(store));

        // What the preference page does on OK: the edited built-in template and a new one, saved.
        TemplatePersistenceData connect = store.getTemplateData(NngtTemplates.CONTEXT_TYPE + ".connect");
        connect.setTemplate(new Template("connect", "all-to-all connections", NngtTemplates.CONTEXT_TYPE,
                "connect ${source:group} -> ${target:group}: all_to_all weight 5 pA delay 1 ms${cursor}", true));
        store.add(new TemplatePersistenceData(new Template("spikes", "a spike recorder", NngtTemplates.CONTEXT_TYPE,
                "record spikes from ${target:group}${cursor}", true), true));
        store.save();
        assertTrue(preferences.getString(NngtTemplates.TEMPLATES_PREFERENCE).contains("all_to_all"),
                "saved in the preference");

        TemplateStore reloaded = NngtTemplates.createStore(preferences);
        assertEquals(List.of("group", "connect", "stimulate", "network", "spikes"), names(reloaded));
        assertTrue(reloaded.findTemplate("connect").getPattern().contains("all_to_all"), "the edit is kept");
        assertTrue(reloaded.getTemplateData(NngtTemplates.CONTEXT_TYPE + ".connect").isModified());

        reloaded.restoreDefaults(false);
        assertEquals(List.of("group", "connect", "stimulate", "network"), names(reloaded),
                "Restore Defaults brings back the built-in templates only");
        assertEquals(NngtTemplates.BUILT_IN.get(1).getPattern(), reloaded.findTemplate("connect").getPattern());
        Files.delete(saved);

        PreferenceStore damaged = new PreferenceStore();
        damaged.setValue(NngtTemplates.TEMPLATES_PREFERENCE, "<templates><template name=");
        UncheckedIOException unreadable = assertThrows(UncheckedIOException.class,
                () -> NngtTemplates.createStore(damaged));
        assertTrue(unreadable.getMessage().startsWith("The saved NNGT templates cannot be read (preference "
                + NngtTemplates.TEMPLATES_PREFERENCE + ")"), unreadable.getMessage());
    }

    @Test
    void lettersOpenContentAssistAndUnderscoresOrDigitsOnlyInsideAName() {
        TextViewer viewer = new TextViewer(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                SWT.NONE);
        try {
            viewer.setDocument(new Document("V = 25 V"));
            NngtContentAssistProcessor processor = new NngtContentAssistProcessor();
            assertTrue(processor.isCompletionProposalAutoActivation('t', viewer, 0), "a letter");
            assertTrue(processor.isCompletionProposalAutoActivation('=', viewer, 2));
            assertTrue(processor.isCompletionProposalAutoActivation('_', viewer, 1), "'_' after a letter");
            assertTrue(processor.isCompletionProposalAutoActivation('2', viewer, 8), "a digit inside a name");
            assertFalse(processor.isCompletionProposalAutoActivation('5', viewer, 5), "a digit of a number");
            assertFalse(processor.isCompletionProposalAutoActivation('_', viewer, 7), "'_' after a space");
            assertFalse(processor.isCompletionProposalAutoActivation(' ', viewer, 8));
            assertFalse(processor.isCompletionProposalAutoActivation(',', viewer, 8));
        } finally {
            viewer.getTextWidget().dispose();
        }
    }

    @Test
    void aUsersTemplateIsOfferedWhereTheGrammarAcceptsItsFirstKeywordAndExpandsToAValidModel() throws Exception {
        TemplateStore store = NngtTemplates.store();
        TemplatePersistenceData spikes = new TemplatePersistenceData(new Template("spikes", "a spike recorder",
                NngtTemplates.CONTEXT_TYPE, "record spikes from ${target:group}${cursor}", true), true);
        store.add(spikes);
        store.save();
        try {
            IDocument document = new Document(MODEL);
            int last = MODEL.indexOf("  simulate");
            document.replace(last, 0, "  \n");
            assertTrue(offered(document, last + 2).contains("spikes"), "offered where a recorder may go");
            assertFalse(offered(document, MODEL.indexOf("C_m") + 1).contains("spikes"),
                    "not inside a parameter block");
            DocumentTemplateContext context = new DocumentTemplateContext(NngtTemplates.contextType(), document,
                    last + 2, 0);
            String expansion = context.evaluate(store.findTemplate("spikes")).getString();
            assertEquals("record spikes from exc", expansion, "the group variable takes the model's first group");
            document.replace(last + 2, 0, expansion);
            assertEquals(List.of(), NngtDocuments.validate(document.get(), CheckMode.ALL, () -> false).issues()
                    .stream().filter(issue -> issue.getSeverity() == Severity.ERROR).map(Object::toString).toList());
        } finally {
            store.delete(spikes);
            store.save();
        }
        assertFalse(offered(new Document(MODEL), MODEL.indexOf("  simulate")).contains("spikes"));
    }

    @Test
    void thePreferencePageNngtTemplatesListsTheTemplates() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, NngtTemplatePreferencePage.ID,
                new String[] { NngtPreferencePage.ID, NngtTemplatePreferencePage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Table table = UiTesting.waitFor("the page's table of templates", () -> {
                Table found = find(dialog.getShell(), Table.class);
                return found != null && found.getItemCount() >= 4 ? found : null;
            });
            List<String> names = new ArrayList<>();
            for (int i = 0; i < table.getItemCount(); i++) {
                names.add(table.getItem(i).getText(0));
            }
            assertTrue(names.containsAll(List.of("group", "connect", "stimulate", "network")), names.toString());
            table.setSelection(1);
            table.notifyListeners(SWT.Selection, new Event());
            while (shell.getDisplay().readAndDispatch()) {
                // Paint the page and the selected template's text before the screen is copied.
            }
            Path png = UiTesting.screenshot(dialog.getShell(), "nngt-templates-preferences.png");
            assertTrue(Files.size(png) > 10_000, () -> png + " is only " + png.toFile().length() + " bytes");
        } finally {
            dialog.close();
        }
    }

    private static List<String> names(TemplateStore store) {
        return java.util.Arrays.stream(store.getTemplates(NngtTemplates.CONTEXT_TYPE)).map(Template::getName)
                .toList();
    }

    @Test
    void contentAssistStaysFastOnTheBrunelExample() throws Exception {
        NngtEditor editor = UiTesting.open(project.getFile("brunel.nngt"));
        String text = editor.getViewer().getDocument().get();
        int offset = text.indexOf("tau_m = 20 ms") + 1;
        NngtContentAssistProcessor.proposals(text, offset);
        long[] millis = new long[10];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            assertFalse(NngtContentAssistProcessor.proposals(text, offset).isEmpty());
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        System.out.println("Content assist on brunel.nngt: median " + millis[5] + " ms, max " + millis[9] + " ms");
        assertTrue(millis[5] < 150, "median " + millis[5] + " ms: typing would stutter");
    }
}
