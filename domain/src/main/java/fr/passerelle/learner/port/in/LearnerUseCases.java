package fr.passerelle.learner.port.in;

import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerName;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Learner profiles. Someone else's profile and a missing one look the same (NotFoundException / empty); a visible
 * profile the actor may not change is a ForbiddenException.
 */
public interface LearnerUseCases {

    /**
     * Creates a profile: a learner's own (bound to their account), a school's learner (by its staff), or any (by an
     * advisor or admin).
     */
    Learner register(Actor actor, LearnerRegistration registration);

    /**
     * Binds the unclaimed profile carrying the actor's verified e-mail (imported by their school) to them: the one
     * of {@code schoolId} (the school that invited them) when given, else the only one with that address.
     */
    Learner claim(Actor actor, String schoolId);

    Learner updateIdentity(Actor actor, String learnerId, IdentityCommand command, Long expectedVersion);

    Learner updateAcademic(Actor actor, String learnerId, AcademicCommand command, Long expectedVersion);

    Learner setSkill(Actor actor, String learnerId, SkillCommand command);

    Learner removeSkill(Actor actor, String learnerId, String skillCode);

    Learner updateBackground(Actor actor, String learnerId, BackgroundCommand command, Long expectedVersion);

    Learner updateCareer(Actor actor, String learnerId, CareerCommand command, Long expectedVersion);

    /** The actor's own profile. */
    Optional<Learner> mine(Actor actor);

    Optional<Learner> find(Actor actor, String learnerId);

    List<Learner> findAll(Actor actor, Collection<String> learnerIds);

    /** The names of the learners among these the actor may read, under the same rule as {@link #findAll}. */
    List<LearnerName> names(Actor actor, Collection<String> learnerIds);

    /** Whether the actor may see the learner's contact data and birth date (never a company). */
    boolean canSeeContact(Actor actor, Learner learner);

    /** Learners the actor may list: all for advisors and admins, their schools' for school staff, none otherwise. */
    Page<Learner> search(Actor actor, LearnerFilter filter, Sort<LearnerOrderField> sort, Paging paging);

    /** One school's roster, for its staff, advisors and admins; empty for anyone else. */
    Page<Learner> roster(Actor actor, String schoolId, LearnerFilter filter, Sort<LearnerOrderField> sort,
                         Paging paging);
}
