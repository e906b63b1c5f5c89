package fr.passerelle.learner.port.out;

import fr.passerelle.learner.model.AcceptanceClaims;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerName;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stored learners. A subject owns at most one profile (DuplicateKeyException key "subject"); a school's external
 * student id names one learner of that school (key "externalStudentId").
 */
public interface Learners extends AggregateStore<Learner> {

    Optional<Learner> findBySubject(String subject);

    /** The names of these learners, without the rest of their profiles (one read of only those fields). */
    default List<LearnerName> findNames(Collection<String> learnerIds) {
        return findAllById(learnerIds).stream().map(LearnerName::of).toList();
    }

    /**
     * Profiles that can still be claimed with this e-mail address (nobody claimed them, no advisor detached them as a
     * duplicate), at most {@code limit}.
     */
    List<Learner> findUnclaimedByEmail(EmailAddress email, int limit);

    /** The profiles of this school that can still be claimed with this e-mail, at most {@code limit}. */
    List<Learner> findUnclaimedByEmailInSchool(EmailAddress email, String schoolId, int limit);

    /** The school's learners with these external student ids (one read). */
    List<Learner> findBySchoolAndExternalIds(String schoolId, Collection<String> externalStudentIds);

    /**
     * Learners to score for an offer, at most {@code limit}, in no particular order; never a profile merged into
     * another.
     *
     * @param onlySchoolIds learners of these schools; null means every learner
     * @param anySkillCodes learners holding at least one of these skills; empty means no restriction
     */
    List<Learner> matchCandidates(Set<String> onlySchoolIds, Set<String> anySkillCodes, int limit);

    /**
     * Lists learners, never a profile merged into another (the kept profile stands for it).
     *
     * @param onlySchoolIds restricts to learners of these schools; null means no restriction
     */
    Page<Learner> search(LearnerFilter filter, Set<String> onlySchoolIds, Sort<LearnerOrderField> sort,
                         Paging paging);

    /** The learner's acceptance claims: none, at revision 0, when they never claimed anything. */
    AcceptanceClaims acceptanceClaims(String learnerId);

    /**
     * Stores the claims if the stored ones are still at {@code claims.revision()}, bumping it; leaves the profile and
     * its version as they are.
     *
     * @throws fr.passerelle.shared.error.ConcurrentUpdateException when someone else wrote the claims meanwhile
     * @throws fr.passerelle.shared.error.NotFoundException when the learner does not exist
     */
    AcceptanceClaims saveAcceptanceClaims(AcceptanceClaims claims);
}
