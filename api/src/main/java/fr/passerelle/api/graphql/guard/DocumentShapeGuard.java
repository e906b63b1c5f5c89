package fr.passerelle.api.graphql.guard;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses documents built to be expensive to validate rather than to read: many aliases (the classic way to ask
 * the same costly field hundreds of times) and the same field repeated under one response key within a selection set,
 * counted through inline fragments and fragment spreads (graphql's field merging validates those in quadratic time). Runs before validation, so such a document costs one linear walk.
 */
final class DocumentShapeGuard extends SimplePerformantInstrumentation {

    private final int maxAliases;
    private final int maxRepeatedField;

    DocumentShapeGuard(int maxAliases, int maxRepeatedField) {
        this.maxAliases = maxAliases;
        this.maxRepeatedField = maxRepeatedField;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                         InstrumentationState state) {
        Document document = parameters.getDocument();
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        var shape = new ShapeCounter(fragments);
        new NodeTraverser().preOrder(shape, document);
        if (shape.aliases > maxAliases) {
            throw Refusals.refuse("The document uses " + shape.aliases + " aliases; the limit is " + maxAliases);
        }
        if (shape.mostRepeated > maxRepeatedField) {
            throw Refusals.refuse("A field is selected " + shape.mostRepeated
                    + " times in one selection set; the limit is " + maxRepeatedField);
        }
        return super.beginValidation(parameters, state);
    }

    private static final class ShapeCounter extends NodeVisitorStub {

        private final Map<String, FragmentDefinition> fragments;
        private int aliases;
        private int mostRepeated;

        ShapeCounter(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        @Override
        public TraversalControl visitField(Field field, TraverserContext<Node> context) {
            if (field.getAlias() != null) {
                aliases++;
            }
            return TraversalControl.CONTINUE;
        }

        /** Counts response keys of the set as merged: through inline fragments and fragment spreads too. */
        @Override
        public TraversalControl visitSelectionSet(SelectionSet selectionSet, TraverserContext<Node> context) {
            Map<String, Integer> timesSelected = new HashMap<>();
            count(selectionSet, timesSelected, new HashSet<>());
            timesSelected.values().forEach(times -> mostRepeated = Math.max(mostRepeated, times));
            return TraversalControl.CONTINUE;
        }

        private void count(SelectionSet selectionSet, Map<String, Integer> timesSelected, Set<String> expanded) {
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    timesSelected.merge(field.getResultKey(), 1, Integer::sum);
                } else if (selection instanceof InlineFragment inline) {
                    count(inline.getSelectionSet(), timesSelected, expanded);
                } else if (selection instanceof FragmentSpread spread) {
                    timesSelected.merge("..." + spread.getName(), 1, Integer::sum);
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    // Each fragment is expanded once per set: repeats are counted above, cycles cannot loop.
                    if (fragment != null && expanded.add(spread.getName())) {
                        count(fragment.getSelectionSet(), timesSelected, expanded);
                    }
                }
            }
        }
    }
}
