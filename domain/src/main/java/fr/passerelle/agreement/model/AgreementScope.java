package fr.passerelle.agreement.model;

import java.util.Set;

/**
 * Which agreements a list shows: those in the statuses asked (all when empty), that the reader may see.
 *
 * @param learnerId  only this learner's, when set
 * @param visibleTo  null for a reader who sees everything (advisors, platform admins)
 */
public record AgreementScope(Set<AgreementStatus> statuses, String learnerId, Visibility visibleTo) {

    public AgreementScope {
        statuses = Set.copyOf(statuses);
    }

    /** Nothing can match: the reader is in no party of any agreement. */
    public boolean isEmpty() {
        return visibleTo != null && visibleTo.subject() == null && visibleTo.schoolIds().isEmpty()
                && visibleTo.companyIds().isEmpty();
    }

    /**
     * What a reader who does not see everything may see: agreements where they are the intern, one of the schools
     * or companies they belong to, or a signatory named by their verified e-mail.
     *
     * @param email the reader's verified e-mail, null when unverified
     */
    public record Visibility(String subject, String email, Set<String> schoolIds, Set<String> companyIds) {

        public Visibility {
            schoolIds = Set.copyOf(schoolIds);
            companyIds = Set.copyOf(companyIds);
        }
    }
}
