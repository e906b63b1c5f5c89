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
import graphql.language.OperationDefinition;
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
 * the same costly field hundreds of times), the same field repeated under one response key within a selection set,
 * counted through inline fragments and fragment spreads (graphql's field merging validates those in quadratic time),
 * and fragment bombs — fragments spreading fragments until the document, written out, would have more fields than
 * the parser accepts tokens. Runs before validation, so such a document costs one linear walk.
 */
final class DocumentShapeGuard extends SimplePerformantInstrumentation {

    private final int maxAliases;
    private final int maxRepeatedField;
    private final int maxExpandedFields;

    DocumentShapeGuard(int maxAliases, int maxRepeatedField, int maxExpandedFields) {
        this.maxAliases = maxAliases;
        this.maxRepeatedField = maxRepeatedField;
        this.maxExpandedFields = maxExpandedFields;
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
        long expanded = new Expansion(fragments).fields(document);
        if (expanded > maxExpandedFields) {
            throw Refusals.refuse("The document's fragments expand to " + expanded + " fields; the limit is "
                    + maxExpandedFields);
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

    /**
     * How many fields the document's operations hold once every fragment spread is written out, each fragment's size
     * computed once (so a bomb of fragments spreading fragments costs one walk, however large it would grow).
     */
    private static final class Expansion {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Long> sizes = new HashMap<>();

        Expansion(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        long fields(Document document) {
            return document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .mapToLong(operation -> fields(operation.getSelectionSet())).reduce(0, Expansion::saturated);
        }

        private long fields(SelectionSet selectionSet) {
            long total = 0;
            for (Selection<?> selection : selectionSet == null ? List.<Selection<?>>of() : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    total = saturated(total, 1 + fields(field.getSelectionSet()));
                } else if (selection instanceof InlineFragment inline) {
                    total = saturated(total, fields(inline.getSelectionSet()));
                } else if (selection instanceof FragmentSpread spread) {
                    total = saturated(total, fragment(spread.getName()));
                }
            }
            return total;
        }

        private long fragment(String name) {
            Long known = sizes.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            sizes.put(name, 0L); // a cycle (refused at validation) counts nothing more while it is being measured
            long size = fragment == null ? 0 : fields(fragment.getSelectionSet());
            sizes.put(name, size);
            return size;
        }

        private static long saturated(long a, long b) {
            return Math.min(a + b, Integer.MAX_VALUE);
        }
    }
}
