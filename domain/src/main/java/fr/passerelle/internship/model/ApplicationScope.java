package fr.passerelle.internship.model;

import java.util.Set;

/**
 * Which applications a list may hold: those of an offer and/or a learner and/or a school's learners (null: any), in
 * some statuses (empty: any), that the reader may see ({@code visibleTo}, null: everything). The service builds it
 * from who asks, so the store never decides access.
 *
 * @param schoolId the school the learner belonged to when they applied ({@link Application#schoolId})
 */
public record ApplicationScope(String offerId, String learnerId, String schoolId, Set<ApplicationStatus> statuses,
                               Visibility visibleTo) {

    public ApplicationScope {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** A scope over any school's learners. */
    public ApplicationScope(String offerId, String learnerId, Set<ApplicationStatus> statuses, Visibility visibleTo) {
        this(offerId, learnerId, null, statuses, visibleTo);
    }

    public ApplicationScope forOffer(String id) {
        return new ApplicationScope(id, learnerId, schoolId, statuses, visibleTo);
    }

    /** Whether the reader may see nothing at all. */
    public boolean isEmpty() {
        return visibleTo != null && visibleTo.isEmpty();
    }

    /**
     * The applications a reader may see: their own as a learner, or those to their companies' offers, or those
     * of their schools' learners (any one suffices).
     *
     * @param learnerSubject the reader's account, matching the applications they made
     */
    public record Visibility(String learnerSubject, Set<String> companyIds, Set<String> schoolIds) {

        public Visibility {
            companyIds = Set.copyOf(companyIds);
            schoolIds = Set.copyOf(schoolIds);
        }

        public boolean isEmpty() {
            return learnerSubject == null && companyIds.isEmpty() && schoolIds.isEmpty();
        }
    }
}
