package fr.passerelle.api.graphql.guard;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/** graphql-java's depth check, refusing with our classification. */
final class DepthGuard extends MaxQueryDepthInstrumentation {

    DepthGuard(int maxDepth) {
        super(maxDepth);
    }

    @Override
    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return Refusals.refuse("Query depth " + depth + " exceeds the limit of " + maxDepth);
    }
}
