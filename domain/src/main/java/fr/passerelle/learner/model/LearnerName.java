package fr.passerelle.learner.model;

/**
 * A learner's names, for lists that show who someone is (an application's learner), read without the rest of the
 * profile; with what decides who may read them, which is the rule of the whole profile: the account that owns it and
 * the school it belongs to.
 *
 * @param subject  the owning account, null while nobody claimed the profile
 * @param schoolId the learner's school, null for an independent learner
 */
public record LearnerName(String id, String firstName, String lastName, String subject, String schoolId) {

    public static LearnerName of(Learner learner) {
        return new LearnerName(learner.id(), learner.identity().firstName(), learner.identity().lastName(),
                learner.subject(), learner.academic().schoolId());
    }
}
