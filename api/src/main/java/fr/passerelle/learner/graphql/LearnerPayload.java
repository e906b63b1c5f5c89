package fr.passerelle.learner.graphql;

import fr.passerelle.api.graphql.UserErrorView;
import java.util.List;

/** Payload of every learner mutation: {@code userErrors} and the profile. */
public record LearnerPayload(List<UserErrorView> userErrors, LearnerView learner) {
}
