package fr.passerelle.api.graphql.guard;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.NodeVisitorStub;
import graphql.language.NodeTraverser;
import graphql.language.SelectionSet;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses documents built to be expensive to validate rather than to read: many aliases (the classic way to ask
 * the same costly field hundreds of times) and the same field repeated under one response key within a selection set
 * (which graphql's field merging validates in quadratic time). Runs before validation, so such a document costs one linear walk.
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
        var shape = new ShapeCounter();
        new NodeTraverser().preOrder(shape, parameters.getDocument());
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

        private int aliases;
        private int mostRepeated;

        @Override
        public TraversalControl visitField(Field field, TraverserContext<graphql.language.Node> context) {
            if (field.getAlias() != null) {
                aliases++;
            }
            return TraversalControl.CONTINUE;
        }

        @Override
        public TraversalControl visitSelectionSet(SelectionSet selectionSet,
                                                  TraverserContext<graphql.language.Node> context) {
            Map<String, Integer> timesSelected = new HashMap<>();
            for (var selection : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    mostRepeated = Math.max(mostRepeated, timesSelected.merge(field.getResultKey(), 1, Integer::sum));
                }
            }
            return TraversalControl.CONTINUE;
        }
    }
}
