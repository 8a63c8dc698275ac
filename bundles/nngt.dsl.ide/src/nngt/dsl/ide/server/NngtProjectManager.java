package nngt.dsl.ide.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The language server's project manager: a build parses, links and indexes, and then validates each
 * file it touched in a read request of its own. Xtext validates inside the build, a write request that
 * every later request waits for, so one slow validation held up requests about all other documents
 * (29 s for a 48 KB document with 8,000 bad neuron ids). Read requests run beside each other: a
 * validation now delays nothing but writes, and the next change of a document cancels it, as Xtext
 * cancels a build.
 */
public class NngtProjectManager extends ProjectManager {

    @Inject
    private RequestManager requestManager;

    @Override
    protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
            List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
        BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
        // Validation follows in read requests; the .nngt language generates no files in the server.
        request.setIndexOnly(true);
        return request;
    }

    @Override
    public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
            List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
        IncrementalBuilder.Result result = super.doBuild(dirtyFiles, deletedFiles, externalDeltas, cancelIndicator);
        Set<URI> touched = new LinkedHashSet<>(dirtyFiles);
        for (IResourceDescription.Delta delta : result.getAffectedResources()) {
            if (delta.getNew() != null) {
                touched.add(delta.getUri());
            }
        }
        touched.removeAll(deletedFiles);
        touched.forEach(this::validateLater);
        return result;
    }

    private void validateLater(URI uri) {
        IResourceServiceProvider language = languagesRegistry.getResourceServiceProvider(uri);
        if (language == null) {
            return;
        }
        requestManager.runRead(cancelIndicator -> {
            Resource resource = getResource(uri);
            List<Issue> issues = language.getResourceValidator().validate(resource, CheckMode.ALL, cancelIndicator);
            if (!cancelIndicator.isCanceled()) {
                getIssueAcceptor().apply(uri, issues);
            }
            return null;
        });
    }
}
