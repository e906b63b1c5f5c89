package fr.passerelle.learner.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.learner.model.LearnerName;
import graphql.execution.MergedField;
import graphql.language.Field;
import java.util.Set;

/**
 * GraphQL {@code Learner} when a selection asks for nothing but the learner's names: what a list of applications
 * shows of each applicant, read without the rest of the profile ({@link #answers} says when it may stand in for a
 * {@link LearnerView}).
 */
public record LearnerNameView(String id, String firstName, String lastName) {

    /** The {@code Learner} fields this view holds, the same values as a {@link LearnerView}'s. */
    private static final Set<String> FIELDS = Set.of("id", "firstName", "lastName");
    private static final String TYPE_NAME = "__typename";

    public static LearnerNameView of(LearnerName learner) {
        return new LearnerNameView(GlobalIds.encode(LearnerView.TYPE, learner.id()), learner.firstName(),
                learner.lastName());
    }

    /**
     * Whether this selection of a {@code Learner} needs nothing more: only these fields, each selected by name (under
     * any alias). Read from the document's own selection, which costs nothing per item of a list (the engine's
     * computed selection set costs a list of 500 applicants more than reading their names); a fragment, which this
     * does not unfold, reads the profile.
     */
    public static boolean answers(MergedField selection) {
        return selection.getFields().stream().allMatch(field -> field.getSelectionSet() != null
                && field.getSelectionSet().getSelections().stream().allMatch(selected -> selected instanceof Field named
                && (FIELDS.contains(named.getName()) || TYPE_NAME.equals(named.getName()))));
    }
}
