package fr.passerelle.internship.model;

import fr.passerelle.learner.model.Learner;

/**
 * A learner proposed for an offer. For the company the learner is their {@link SharedProfile} and the application
 * is how it knows them; for school staff, advisors and admins, who read the whole profile, it is null.
 */
public record Candidate(Learner learner, Application application) {
}
