package nngt.dsl.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits .nngt documents into comment, string and code partitions, so that a multi-line comment
 * is coloured as a whole however the document is edited. Installed on every document of the .nngt
 * content type through the file buffers' document setup extension.
 */
public class NngtPartitions implements IDocumentSetupParticipant {

    /** The partitioning of .nngt documents. */
    public static final String PARTITIONING = "nngt.dsl.ui.partitioning";
    /** Partition type of comments. */
    public static final String COMMENT = "__nngt_comment";
    /** Partition type of strings. */
    public static final String STRING = "__nngt_string";
    /** Every partition type, the default (code) one included. */
    public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    /**
     * Installs the partitioner on a document, once.
     *
     * @param document a document of a .nngt file
     */
    @Override
    public void setup(IDocument document) {
        if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
            IDocumentPartitioner partitioner = new FastPartitioner(scanner(), new String[] { COMMENT, STRING });
            extension.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }

    private static RuleBasedPartitionScanner scanner() {
        Token comment = new Token(COMMENT);
        Token string = new Token(STRING);
        RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
        scanner.setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment),
                new MultiLineRule("/*", "*/", comment, (char) 0, true), new SingleLineRule("\"", "\"", string, '\\'),
                new SingleLineRule("'", "'", string, '\\') });
        return scanner;
    }
}
