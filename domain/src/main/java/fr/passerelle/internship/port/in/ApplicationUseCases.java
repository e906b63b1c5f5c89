package fr.passerelle.internship.port.in;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationOrderField;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.SharedProfile;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applications and interviews. The learner sees theirs; the company its offers' ones; school staff their learners';
 * advisors and platform admins all. Someone else's application and a missing one look the same.
 */
public interface ApplicationUseCases {

    /** The actor, a learner, applies to a published offer meant for them; once per offer. */
    Application apply(Actor actor, String offerId, ApplicationCommand command);

    Application shortlist(Actor actor, String applicationId);

    Application reject(Actor actor, String applicationId, String reason);

    /** Proposes interview slots; proposing again reschedules. */
    Application proposeInterview(Actor actor, String applicationId, InterviewCommand command);

    /** The learner picks a proposed slot. */
    Application pickInterviewSlot(Actor actor, String applicationId, String slotId);

    /** Either side cancels the interview. */
    Application cancelInterview(Actor actor, String applicationId, String reason);

    /** The company offers the position. */
    Application makeOffer(Actor actor, String applicationId);

    /**
     * The learner accepts, on the offer's current terms version (which they must name, so terms revised after they
     * applied are never accepted unseen). Takes a position, never more than the offer has, and withdraws the
     * learner's other open applications. Safe to retry.
     */
    Application accept(Actor actor, String applicationId, int termsVersion);

    Application decline(Actor actor, String applicationId, String reason);

    Application withdraw(Actor actor, String applicationId, String reason);

    Optional<Application> find(Actor actor, String applicationId);

    List<Application> findAll(Actor actor, Collection<String> applicationIds);

    /** The actor's own applications, as a learner. */
    Page<Application> mine(Actor actor, Set<ApplicationStatus> statuses, Sort<ApplicationOrderField> sort,
                           Paging paging);

    /**
     * An offer's applications the actor may see: all of them for the company's members, advisors and admins; the
     * learners' own for school staff and for the applicant; none for anyone else.
     */
    Page<Application> ofOffer(Actor actor, String offerId, Set<ApplicationStatus> statuses,
                              Sort<ApplicationOrderField> sort, Paging paging);

    /** {@link #ofOffer} for several offers at once, first pages newest first, in a constant number of reads. */
    Map<String, Page<Application>> firstPagesOfOffers(Actor actor, Collection<String> offerIds,
                                                      Set<ApplicationStatus> statuses, int size);

    /** A learner's applications, for whoever may see them. */
    Page<Application> ofLearner(Actor actor, String learnerId, Set<ApplicationStatus> statuses,
                                Sort<ApplicationOrderField> sort, Paging paging);

    /**
     * A school's list: the applications its learners made while they belonged to it, optionally of one learner or
     * one offer, for the school's staff, advisors and platform admins; empty for anyone else (another school's staff
     * included). The school reads its learners as their school (under the profile's rules), not as a company.
     */
    Page<Application> ofSchool(Actor actor, String schoolId, SchoolApplicationsFilter filter,
                               Sort<ApplicationOrderField> sort, Paging paging);

    /** What a school's list of applications narrows to (null or empty: no narrowing). */
    record SchoolApplicationsFilter(Set<ApplicationStatus> statuses, String learnerId, String offerId) {

        public SchoolApplicationsFilter {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        }
    }

    /**
     * The learner changes the parts they share with the company: any change while the application is open, only
     * narrowing once it ended.
     */
    Application changeSharedParts(Actor actor, String applicationId, List<ProfilePart> sharedParts);

    /**
     * The applicants as the company is served them ({@link SharedProfile}, with the parts
     * {@link Application#partsServedToCompany} allows now), by application id, for the applications the actor may
     * read; one read of learners and one of offers.
     */
    Map<String, SharedProfile.Served> sharedProfiles(Actor actor, Collection<Application> applications);

    /** Whether the actor reads the application as the company (shared profile parts only). */
    boolean readsAsCompany(Actor actor, Application application);
}
