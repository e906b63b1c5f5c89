package fr.passerelle.learner.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.learner.model.LearnerName;
import java.util.Set;

/**
 * GraphQL {@code Learner} when a selection asks for nothing but the learner's names: what a list of applications
 * shows of each applicant, read without the rest of the profile ({@link #answers} says when it may stand in for a
 * {@link LearnerView}).
 */
public record LearnerNameView(String id, String firstName, String lastName) {

    /** The {@code Learner} fields this view holds, the same values as a {@link LearnerView}'s. */
    private static final Set<String> FIELDS = Set.of("id", "firstName", "lastName");

    public static LearnerNameView of(LearnerName learner) {
        return new LearnerNameView(GlobalIds.encode(LearnerView.TYPE, learner.id()), learner.firstName(),
                learner.lastName());
    }

    /** Whether a selection of these {@code Learner} fields (by name, aliases aside) needs nothing more. */
    public static boolean answers(Set<String> selectedFields) {
        return FIELDS.containsAll(selectedFields);
    }
}
