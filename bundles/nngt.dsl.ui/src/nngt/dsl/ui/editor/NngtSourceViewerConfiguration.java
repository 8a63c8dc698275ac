package nngt.dsl.ui.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.URLHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * Wires the .nngt services into the editor's viewer: lexical colouring per partition, the
 * validating reconciler, content assist, hover, hyperlinks, quick fixes and line comments.
 */
final class NngtSourceViewerConfiguration extends TextSourceViewerConfiguration {

    /** Delay between the last keystroke and validation. */
    private static final int RECONCILE_DELAY_MS = 300;
    /** Delay between a keystroke that triggers content assist and its popup (JDT's default). */
    static final int AUTO_ACTIVATION_DELAY_MS = 200;

    private final Supplier<IAnnotationModel> annotationModel;
    private final Consumer<ReconcileResult> reconcileListener;

    /**
     * @param preferences the editor's preferences
     * @param annotationModel gives the editor's annotation model
     * @param reconcileListener receives each reconcile's outline and highlights (on the reconciler thread)
     */
    NngtSourceViewerConfiguration(IPreferenceStore preferences, Supplier<IAnnotationModel> annotationModel,
            Consumer<ReconcileResult> reconcileListener) {
        super(preferences);
        this.annotationModel = annotationModel;
        this.reconcileListener = reconcileListener;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return NngtPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return NngtPartitions.TYPES.clone();
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(NngtPartitions.PARTITIONING);
        DefaultDamagerRepairer code = new DefaultDamagerRepairer(new NngtCodeScanner());
        reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
        DefaultDamagerRepairer comment = new DefaultDamagerRepairer(uniform(NngtStyles.COMMENT));
        reconciler.setDamager(comment, NngtPartitions.COMMENT);
        reconciler.setRepairer(comment, NngtPartitions.COMMENT);
        DefaultDamagerRepairer string = new DefaultDamagerRepairer(uniform(NngtStyles.STRING));
        reconciler.setDamager(string, NngtPartitions.STRING);
        reconciler.setRepairer(string, NngtPartitions.STRING);
        return reconciler;
    }

    private static RuleBasedScanner uniform(org.eclipse.jface.text.TextAttribute attribute) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(attribute));
        return scanner;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(
                new NngtReconcilingStrategy(annotationModel, reconcileListener), false);
        reconciler.setDelay(RECONCILE_DELAY_MS);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(NngtPartitions.PARTITIONING);
        assistant.setContentAssistProcessor(new NngtContentAssistProcessor(), IDocument.DEFAULT_CONTENT_TYPE);
        // Auto-inserting a single proposal applies to Ctrl+Space only, never to an automatic popup.
        assistant.enableAutoInsert(true);
        // Which typed characters open it (letters too) is the processor's decision: see
        // NngtContentAssistProcessor.isCompletionProposalAutoActivation.
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(AUTO_ACTIVATION_DELAY_MS);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new NngtTextHover();
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        return new IHyperlinkDetector[] { new NngtHyperlinkDetector(), new URLHyperlinkDetector() };
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new NngtQuickAssistProcessor());
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
        return new String[] { "//", "" };
    }
}
