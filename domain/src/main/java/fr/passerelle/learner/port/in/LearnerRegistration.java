package fr.passerelle.learner.port.in;

import fr.passerelle.learner.model.LearnerType;

/**
 * A new learner profile.
 *
 * @param schoolId the school (its staff registering one of its learners), or null
 */
public record LearnerRegistration(IdentityCommand identity, LearnerType type, String schoolId) {
}
