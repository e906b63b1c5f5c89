package fr.passerelle.internship.service;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationEvents;
import fr.passerelle.internship.model.ApplicationOrderField;
import fr.passerelle.internship.model.ApplicationScope;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.MatchingRules;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.OfferTerms;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.SharedProfile;
import fr.passerelle.internship.port.in.ApplicationCommand;
import fr.passerelle.internship.port.in.ApplicationUseCases;
import fr.passerelle.internship.port.in.InterviewCommand;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

public class ApplicationService implements ApplicationUseCases {

    /** A learner has at most this many open applications to withdraw when they accept one (the rest stay open). */
    static final int OPEN_APPLICATIONS_CLOSED_AT_ONCE = 500;
    static final String ACCEPTED_ELSEWHERE = "accepted another offer";

    private final Applications applications;
    private final InternshipOffers offers;
    private final Learners learners;
    private final IdGenerator ids;
    private final OfferPositions positions;
    private final PeriodClaims periods;
    private final EventFactory events;
    private final Clock clock;

    public ApplicationService(Applications applications, InternshipOffers offers, Learners learners, IdGenerator ids,
                              EventFactory events, Clock clock) {
        this.applications = applications;
        this.offers = offers;
        this.learners = learners;
        this.ids = ids;
        this.positions = new OfferPositions(offers, events, clock);
        this.periods = new PeriodClaims(learners, applications, clock);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Application apply(Actor actor, String offerId, ApplicationCommand command) {
        Learner learner = learners.findBySubject(actor.subject())
                .orElseThrow(() -> new ForbiddenException("error.forbidden.apply-without-profile"));
        InternshipOffer offer = offers.findById(offerId).filter(o -> OfferAccess.canRead(actor, o))
                .orElseThrow(() -> new NotFoundException("InternshipOffer", offerId));
        if (offer.statusOn(PlatformCalendar.today(clock)) != OfferStatus.PUBLISHED) {
            throw BusinessRuleViolation.of("offerId", ErrorCode.INVALID_STATE,
                    "error.offer.not-open", offer.statusOn(PlatformCalendar.today(clock)));
        }
        if (!MatchingRules.eligible(learner, offer)) {
            throw BusinessRuleViolation.of("offerId", ErrorCode.INVALID_STATE,
                    "error.offer.reserved");
        }
        ApplicationCommand.Valid valid = command.validate();
        if (applications.findByOfferAndLearner(offerId, learner.id()).isPresent()) {
            throw alreadyApplied();
        }
        Application application = Application.submit(ids.newId(), offer, learner.id(), actor.subject(),
                learner.academic().schoolId(), valid.message(), valid.sharedParts(), clock.instant());
        try {
            return applications.insert(application, events.created(ApplicationEvents.SUBMITTED,
                    actor.initiatorFor(null), application, attributes(application)));
        } catch (DuplicateKeyException raced) {
            throw alreadyApplied();
        }
    }

    @Override
    public Application shortlist(Actor actor, String applicationId) {
        return companyStep(actor, applicationId, ApplicationStatus.SHORTLISTED, null);
    }

    @Override
    public Application reject(Actor actor, String applicationId, String reason) {
        return companyStep(actor, applicationId, ApplicationStatus.REJECTED, reason);
    }

    @Override
    public Application makeOffer(Actor actor, String applicationId) {
        return companyStep(actor, applicationId, ApplicationStatus.OFFERED, null);
    }

    @Override
    public Application proposeInterview(Actor actor, String applicationId, InterviewCommand command) {
        return change(actor, applicationId, ApplicationAccess::actsForCompany, ApplicationEvents.INTERVIEW_PROPOSED,
                application -> application.withInterviewProposed(command.validate(clock.instant()),
                        command.cleanPlace(), actor.subject(), clock.instant()));
    }

    @Override
    public Application pickInterviewSlot(Actor actor, String applicationId, String slotId) {
        return change(actor, applicationId, ApplicationAccess::isApplicant, ApplicationEvents.INTERVIEW_SCHEDULED,
                application -> application.withSlotPicked(slotId == null ? "" : slotId, clock.instant()));
    }

    @Override
    public Application cancelInterview(Actor actor, String applicationId, String reason) {
        String why = reason(reason);
        return change(actor, applicationId,
                (who, application) -> ApplicationAccess.isApplicant(who, application)
                        || ApplicationAccess.actsForCompany(who, application),
                ApplicationEvents.INTERVIEW_CANCELLED,
                application -> application.withInterviewCancelled(actor.subject(), why, clock.instant()));
    }

    /**
     * Order of the writes, so a crash or a race never oversells nor lets one learner accept two offers for one
     * period: the offer's period is claimed on the learner's profile first (refused if another accept of theirs
     * overlaps it), then the position is taken (idempotent per application, and refused once none is left), then the
     * application is marked accepted; if a step fails, what the earlier ones took is given back. Retrying after a
     * crash finds the claim and the position already held and completes. The learner's other open applications are
     * withdrawn last, also on retry.
     */
    @Override
    public Application accept(Actor actor, String applicationId, int termsVersion) {
        Application application = actionable(actor, applicationId, ApplicationAccess::isApplicant);
        if (application.status() != ApplicationStatus.ACCEPTED) {
            if (!application.status().canMoveTo(ApplicationStatus.ACCEPTED)) {
                throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                        "error.application.not-offered", application.status());
            }
            OfferTerms terms = positions.offerOf(application).terms();
            periods.claim(application, new DateRange(terms.startDate(), terms.endDate()));
            try {
                application = acceptWithPosition(actor, application, termsVersion);
            } catch (RuntimeException notAccepted) {
                periods.release(application);
                throw notAccepted;
            }
        }
        withdrawOthers(actor, application);
        return application;
    }

    @Override
    public Application decline(Actor actor, String applicationId, String reason) {
        return learnerStep(actor, applicationId, ApplicationStatus.DECLINED, reason);
    }

    @Override
    public Application withdraw(Actor actor, String applicationId, String reason) {
        return learnerStep(actor, applicationId, ApplicationStatus.WITHDRAWN, reason);
    }

    @Override
    public Optional<Application> find(Actor actor, String applicationId) {
        return applications.findById(applicationId).filter(a -> ApplicationAccess.canRead(actor, a));
    }

    @Override
    public List<Application> findAll(Actor actor, Collection<String> applicationIds) {
        return applications.findAllById(applicationIds).stream().filter(a -> ApplicationAccess.canRead(actor, a))
                .toList();
    }

    @Override
    public Page<Application> mine(Actor actor, Set<ApplicationStatus> statuses, Sort<ApplicationOrderField> sort,
                                  Paging paging) {
        return learners.findBySubject(actor.subject())
                .map(learner -> applications.search(new ApplicationScope(null, learner.id(), statuses,
                        new ApplicationScope.Visibility(actor.subject(), Set.of(), Set.of())), sort, paging))
                .orElse(Page.empty());
    }

    @Override
    public Page<Application> ofOffer(Actor actor, String offerId, Set<ApplicationStatus> statuses,
                                     Sort<ApplicationOrderField> sort, Paging paging) {
        ApplicationScope scope = scope(actor, statuses).forOffer(offerId);
        return scope.isEmpty() ? Page.empty() : applications.search(scope, sort, paging);
    }

    @Override
    public Map<String, Page<Application>> firstPagesOfOffers(Actor actor, Collection<String> offerIds,
                                                             Set<ApplicationStatus> statuses, int size) {
        ApplicationScope scope = scope(actor, statuses);
        if (scope.isEmpty()) {
            Map<String, Page<Application>> none = new HashMap<>();
            offerIds.forEach(id -> none.put(id, Page.empty()));
            return none;
        }
        return applications.firstPagesByOffer(offerIds, scope, size);
    }

    @Override
    public Page<Application> ofLearner(Actor actor, String learnerId, Set<ApplicationStatus> statuses,
                                       Sort<ApplicationOrderField> sort, Paging paging) {
        ApplicationScope visible = scope(actor, statuses);
        ApplicationScope scope = new ApplicationScope(null, learnerId, statuses, visible.visibleTo());
        return scope.isEmpty() ? Page.empty() : applications.search(scope, sort, paging);
    }

    @Override
    public Page<Application> ofSchool(Actor actor, String schoolId, SchoolApplicationsFilter filter,
                                      Sort<ApplicationOrderField> sort, Paging paging) {
        if (!actor.readsEverything() && !actor.isMemberOf(Tenant.school(schoolId))) {
            return Page.empty();
        }
        return applications.search(new ApplicationScope(filter.offerId(), filter.learnerId(), schoolId,
                filter.statuses(), null), sort, paging);
    }

    @Override
    public Application changeSharedParts(Actor actor, String applicationId, List<ProfilePart> sharedParts) {
        Set<ProfilePart> parts = new ApplicationCommand(null, sharedParts).validate().sharedParts();
        return change(actor, applicationId, ApplicationAccess::isApplicant, ApplicationEvents.SHARED_PARTS_CHANGED,
                application -> application.withSharedParts(parts, clock.instant()));
    }

    @Override
    public Map<String, SharedProfile.Served> sharedProfiles(Actor actor, Collection<Application> readable) {
        List<Application> visible = readable.stream().filter(a -> ApplicationAccess.canRead(actor, a)).toList();
        Map<String, Learner> byId = new HashMap<>();
        learners.findAllById(visible.stream().map(Application::learnerId).distinct().toList())
                .forEach(learner -> byId.put(learner.id(), learner));
        LocalDate today = PlatformCalendar.today(clock);
        Map<String, OfferStatus> offerStatuses = new HashMap<>();
        offers.findAllById(visible.stream().map(Application::offerId).distinct().toList())
                .forEach(offer -> offerStatuses.put(offer.id(), offer.statusOn(today)));
        Map<String, SharedProfile.Served> shared = new HashMap<>();
        visible.stream().filter(a -> byId.containsKey(a.learnerId())).forEach(a -> {
            Set<ProfilePart> served = a.partsServedToCompany(offerStatuses.get(a.offerId()));
            shared.put(a.id(), new SharedProfile.Served(SharedProfile.of(byId.get(a.learnerId()), served), served));
        });
        return shared;
    }

    @Override
    public boolean readsAsCompany(Actor actor, Application application) {
        return ApplicationAccess.readsAsCompany(actor, application);
    }

    private static ApplicationScope scope(Actor actor, Set<ApplicationStatus> statuses) {
        return new ApplicationScope(null, null, statuses, ApplicationAccess.visibility(actor));
    }

    private Application acceptWithPosition(Actor actor, Application application, int termsVersion) {
        positions.take(actor, application, termsVersion);
        try {
            return change(actor, application.id(), ApplicationAccess::isApplicant, ApplicationEvents.STATUS_CHANGED,
                    current -> current.accepted(termsVersion, actor.subject(), clock.instant()));
        } catch (RuntimeException notRecorded) {
            positions.release(actor, application);
            throw notRecorded;
        }
    }

    /** Each other open application is withdrawn on its own; one that moved meanwhile is left as it is. */
    private void withdrawOthers(Actor actor, Application accepted) {
        for (Application other : applications.findByLearner(accepted.learnerId(), ApplicationStatus.open(),
                OPEN_APPLICATIONS_CLOSED_AT_ONCE)) {
            if (other.id().equals(accepted.id())) {
                continue;
            }
            try {
                change(actor, other.id(), ApplicationAccess::isApplicant, ApplicationEvents.STATUS_CHANGED,
                        current -> current.status().isOpen() ? current.movedTo(ApplicationStatus.WITHDRAWN,
                                actor.subject(), ACCEPTED_ELSEWHERE, clock.instant()) : current);
            } catch (BusinessRuleViolation movedMeanwhile) {
                // Rejected or answered by the company in the meantime: nothing left to withdraw.
            }
        }
    }

    private Application companyStep(Actor actor, String applicationId, ApplicationStatus next, String note) {
        String why = reason(note);
        Application moved = change(actor, applicationId, ApplicationAccess::actsForCompany,
                ApplicationEvents.STATUS_CHANGED,
                application -> application.movedTo(next, actor.subject(), why, clock.instant()));
        if (next == ApplicationStatus.REJECTED) {
            positions.release(actor, moved);
        }
        return moved;
    }

    /**
     * A learner's answer; an offered application may hold a position from an accept that was interrupted (see
     * {@link #accept}), which the answer gives back (as does the company's rejection).
     */
    private Application learnerStep(Actor actor, String applicationId, ApplicationStatus next, String note) {
        String why = reason(note);
        Application answered = change(actor, applicationId, ApplicationAccess::isApplicant,
                ApplicationEvents.STATUS_CHANGED,
                application -> application.movedTo(next, actor.subject(), why, clock.instant()));
        positions.release(actor, answered);
        return answered;
    }

    /**
     * Each attempt re-reads the application and re-checks the actor's right, so a retried change is judged on fresh
     * state; visible but not theirs to act on is forbidden, invisible is missing.
     */
    private Application change(Actor actor, String applicationId, BiPredicate<Actor, Application> allowed,
                               String eventType, UnaryOperator<Application> change) {
        return new VersionedChange<>(() -> actionable(actor, applicationId, allowed), Application::version,
                (before, after) -> applications.update(after, events.changed(eventType,
                        initiatorOn(actor, after), before, after, attributes(after))))
                .apply(null, change);
    }

    private Application actionable(Actor actor, String applicationId, BiPredicate<Actor, Application> allowed) {
        Application application = find(actor, applicationId)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        if (!allowed.test(actor, application)) {
            throw new ForbiddenException("error.forbidden.application-step");
        }
        return application;
    }

    /** The learner acts for themselves; anyone else acts on the company's side. */
    private static Initiator initiatorOn(Actor actor, Application application) {
        return ApplicationAccess.isApplicant(actor, application) ? actor.initiatorFor(null)
                : initiator(actor, application.companyId());
    }

    private static Initiator initiator(Actor actor, String companyId) {
        return actor.initiatorFor(Tenant.company(companyId));
    }

    /** Who the event concerns: the company, the learner's account and school, so notifications find them. */
    static Map<String, String> attributes(Application application) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("company", Tenant.company(application.companyId()).key());
        attributes.put("learner", application.learnerSubject());
        attributes.put("status", application.status().name());
        if (application.schoolId() != null) {
            attributes.put("school", Tenant.school(application.schoolId()).key());
        }
        return Map.copyOf(attributes);
    }

    private static BusinessRuleViolation alreadyApplied() {
        return BusinessRuleViolation.of("offerId", ErrorCode.DUPLICATE, "error.application.duplicate");
    }

    /** The reason or note given with a step, checked before anything is read. */
    private static String reason(String text) {
        Checks checks = new Checks();
        String clean = checks.optionalText("reason", text, Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        return clean;
    }
}
