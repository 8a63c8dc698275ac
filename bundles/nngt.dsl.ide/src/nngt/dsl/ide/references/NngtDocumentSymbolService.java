package nngt.dsl.ide.references;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.xtext.findReferences.IReferenceFinder.IResourceAccess;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;

import com.google.inject.Inject;

/**
 * The language server's document symbols, with Find References ({@code textDocument/references})
 * answered by {@link GroupOccurrences}: the regions that the editor's Find References, mark
 * occurrences and rename use, so the command-line server and the workbench never disagree. Xtext's
 * default answer comes from the index's reference descriptions, a second implementation that could
 * drift from the editor's. A .nngt file is self-contained, so the references of a group are those of
 * its own file.
 */
public class NngtDocumentSymbolService extends DocumentSymbolService {

    @Inject
    private GroupOccurrences groupOccurrences;

    @Inject
    private UriExtensions uriExtensions;

    /**
     * The references to the group or metagroup at the request's position, in document order, preceded
     * by its declaration when the client asks for it ({@code context.includeDeclaration}); none when
     * no group is named there.
     */
    @Override
    public List<? extends Location> getReferences(Document document, XtextResource resource, ReferenceParams params,
            IResourceAccess resourceAccess, IResourceDescriptions indexData, CancelIndicator cancelIndicator) {
        int offset = NngtDocumentHighlightService.offset(document, params.getPosition());
        boolean withDeclaration = params.getContext() != null && params.getContext().isIncludeDeclaration();
        String uri = uriExtensions.toUriString(resource.getURI());
        List<Location> locations = new ArrayList<>();
        groupOccurrences.at(resource, offset).ifPresent(found -> {
            for (ITextRegion region : withDeclaration ? found.all() : found.references()) {
                locations.add(new Location(uri, NngtDocumentHighlightService.range(document, region)));
            }
        });
        return locations;
    }
}
