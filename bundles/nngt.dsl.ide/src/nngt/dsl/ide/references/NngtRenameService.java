package nngt.dsl.ide.references;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import nngt.dsl.ide.references.GroupOccurrences.Occurrences;

/**
 * Renames a group or metagroup in the language server: one edit on its declaration and one on each
 * reference, as {@link GroupOccurrences} finds them (the editor's rename refactoring uses the same
 * regions). An invalid or clashing new name is refused with the reason, and nothing is edited.
 */
public class NngtRenameService implements IRenameService2 {

    @Inject
    private GroupOccurrences groupOccurrences;

    @Override
    public WorkspaceEdit rename(Options options) {
        String uri = options.getRenameParams().getTextDocument().getUri();
        String newName = options.getRenameParams().getNewName();
        return read(options.getLanguageServerAccess(), uri, context -> {
            Document document = context.getDocument();
            Occurrences found = occurrencesAt(context, NngtDocumentHighlightService.offset(document,
                    options.getRenameParams().getPosition())).orElseThrow(() -> invalid("Line "
                            + (options.getRenameParams().getPosition().getLine() + 1) + ", column "
                            + (options.getRenameParams().getPosition().getCharacter() + 1)
                            + " names no group or metagroup; only groups and metagroups can be renamed."));
            groupOccurrences.checkNewName(found, newName).ifPresent(reason -> {
                throw invalid(reason);
            });
            List<TextEdit> edits = found.all().stream()
                    .map(region -> new TextEdit(NngtDocumentHighlightService.range(document, region), newName))
                    .toList();
            return new WorkspaceEdit(Map.of(uri, edits));
        });
    }

    @Override
    public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(
            PrepareRenameOptions options) {
        String uri = options.getParams().getTextDocument().getUri();
        return read(options.getLanguageServerAccess(), uri, context -> {
            Document document = context.getDocument();
            int offset = NngtDocumentHighlightService.offset(document, options.getParams().getPosition());
            return occurrencesAt(context, offset).flatMap(found -> found.all().stream()
                    .filter(region -> region.getOffset() <= offset
                            && offset <= region.getOffset() + region.getLength())
                    .findFirst()
                    .map(region -> Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forSecond(
                            new PrepareRenameResult(NngtDocumentHighlightService.range(document, region),
                                    found.group().getName()))))
                    .orElse(null);
        });
    }

    private Optional<Occurrences> occurrencesAt(ILanguageServerAccess.Context context, int offset) {
        return context.getResource() instanceof XtextResource resource ? groupOccurrences.at(resource, offset)
                : Optional.empty();
    }

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    /* Requests run on the server's request thread; waiting here is what Xtext's own rename does. */
    private static <T> T read(ILanguageServerAccess access, String uri,
            Function<ILanguageServerAccess.Context, T> reader) {
        try {
            return access.doRead(uri, reader).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestCancelled,
                    "Rename was interrupted.", null));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResponseErrorException error) {
                throw error;
            }
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                    "Rename failed: " + e.getCause(), null));
        }
    }
}
