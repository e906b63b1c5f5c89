package fr.passerelle.learner.service;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerName;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.learner.port.in.AcademicCommand;
import fr.passerelle.learner.port.in.BackgroundCommand;
import fr.passerelle.learner.port.in.CareerCommand;
import fr.passerelle.learner.port.in.IdentityCommand;
import fr.passerelle.learner.port.in.LearnerRegistration;
import fr.passerelle.learner.port.in.LearnerUseCases;
import fr.passerelle.learner.port.in.SkillCommand;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

public class LearnerService implements LearnerUseCases {

    /** Two unclaimed profiles with one address cannot be told apart by the address alone. */
    private static final int CLAIM_CANDIDATES = 2;

    private final Learners learners;
    private final Schools schools;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public LearnerService(Learners learners, Schools schools, IdGenerator ids, EventFactory events, Clock clock) {
        this.learners = learners;
        this.schools = schools;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Learner register(Actor actor, LearnerRegistration registration) {
        String schoolId = registration.schoolId();
        if (schoolId != null) {
            // Only its staff, advisors and admins see a school; a learner cannot attach themselves to one.
            readableSchool(actor, schoolId);
        }
        boolean staff = schoolId != null && actor.isMemberOf(Tenant.school(schoolId));
        boolean self = !actor.readsEverything() && !staff;
        if (self && !actor.roles().contains(PlatformRole.LEARNER)) {
            throw new ForbiddenException("error.forbidden.learner-register");
        }
        if (self && learners.findBySubject(actor.subject()).isPresent()) {
            throw BusinessRuleViolation.of("identity", ErrorCode.DUPLICATE, "error.learner.profile-exists");
        }
        var checks = new Checks();
        checks.required("identity", registration.identity());
        LearnerIdentity identity = checks.parse("identity", registration.identity(), c -> c.validate(today()));
        checks.required("type", registration.type());
        checks.throwIfAny();
        ArrivalSource source = self ? ArrivalSource.SELF_REGISTRATION
                : staff ? ArrivalSource.SCHOOL_STAFF : ArrivalSource.ADVISOR;
        Academic academic = schoolId == null ? Academic.NONE
                : new Academic(schoolId, null, null, null, List.of(), List.of(), List.of());
        Learner learner = Learner.register(ids.newId(), self ? actor.subject() : null, identity, registration.type(),
                source, academic, actor.subject(), clock.instant());
        try {
            return learners.insert(learner, events.created(LearnerEvents.REGISTERED, initiator(actor, learner),
                    learner, attributes(learner)));
        } catch (DuplicateKeyException raced) {
            throw BusinessRuleViolation.of("identity", ErrorCode.DUPLICATE, "error.learner.profile-exists");
        }
    }

    /**
     * Several schools may hold an unclaimed profile for one address (any school can import any address), so the
     * claim takes the profile of the school whose invitation the person follows when they name it; without a school,
     * only an address matching a single profile can be claimed.
     */
    @Override
    public Learner claim(Actor actor, String schoolId) {
        if (actor.email() == null) {
            throw new ForbiddenException("error.forbidden.claim-unverified");
        }
        if (learners.findBySubject(actor.subject()).isPresent()) {
            throw BusinessRuleViolation.of("email", ErrorCode.DUPLICATE, "error.learner.profile-exists");
        }
        List<Learner> candidates = schoolId == null
                ? learners.findUnclaimedByEmail(actor.email(), CLAIM_CANDIDATES)
                : learners.findUnclaimedByEmailInSchool(actor.email(), schoolId, CLAIM_CANDIDATES);
        if (candidates.isEmpty()) {
            throw new NotFoundException("Learner", actor.email().value());
        }
        if (candidates.size() > 1) {
            throw schoolId == null
                    ? BusinessRuleViolation.of("email", ErrorCode.INVALID_STATE,
                            "error.learner.claim-several-schools")
                    : BusinessRuleViolation.of("email", ErrorCode.INVALID_STATE,
                            "error.learner.claim-several-profiles");
        }
        Learner unclaimed = candidates.get(0);
        Learner claimed = unclaimed.claimedBy(actor.subject(), clock.instant());
        try {
            return learners.update(claimed, events.changed(LearnerEvents.CLAIMED, actor.initiatorFor(null),
                    unclaimed, claimed, attributes(claimed)));
        } catch (DuplicateKeyException raced) {
            throw BusinessRuleViolation.of("email", ErrorCode.DUPLICATE, "error.learner.profile-exists");
        }
    }

    /** Violations are reported under {@code identity}, like the registration's. */
    @Override
    public Learner updateIdentity(Actor actor, String learnerId, IdentityCommand command, Long expectedVersion) {
        return change(actor, learnerId, expectedVersion, LearnerAccess::canEditPersonal, LearnerEvents.IDENTITY_UPDATED,
                learner -> learner.withIdentity(validIdentity(command), learner.type(), learner.status(),
                        clock.instant()));
    }

    @Override
    public Learner updateAcademic(Actor actor, String learnerId, AcademicCommand command, Long expectedVersion) {
        Learner current = editable(actor, learnerId, LearnerAccess::canEditAcademic);
        String schoolId = current.academic().schoolId();
        Academic validated = command.validate(schoolId, today());
        Academic academic = schoolId == null || validated.programCode() == null ? validated
                : inSchoolSpelling(validated, schools.findById(schoolId)
                        .orElseThrow(() -> new NotFoundException("School", schoolId)));
        try {
            return change(actor, learnerId, expectedVersion, LearnerAccess::canEditAcademic,
                    LearnerEvents.ACADEMIC_UPDATED, learner -> learner.withAcademic(academic, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw BusinessRuleViolation.of("externalStudentId", ErrorCode.DUPLICATE,
                    "error.learner.external-id-taken");
        }
    }

    @Override
    public Learner setSkill(Actor actor, String learnerId, SkillCommand command) {
        return change(actor, learnerId, null, LearnerAccess::canEditPersonal, LearnerEvents.SKILLS_CHANGED,
                learner -> learner.withSkill(command.validate(today()), clock.instant()));
    }

    @Override
    public Learner removeSkill(Actor actor, String learnerId, String skillCode) {
        return change(actor, learnerId, null, LearnerAccess::canEditPersonal, LearnerEvents.SKILLS_CHANGED,
                learner -> learner.withoutSkill(skillCode, clock.instant()));
    }

    @Override
    public Learner updateBackground(Actor actor, String learnerId, BackgroundCommand command, Long expectedVersion) {
        return change(actor, learnerId, expectedVersion, LearnerAccess::canEditPersonal,
                LearnerEvents.BACKGROUND_UPDATED,
                learner -> learner.withBackground(command.validate(today()), clock.instant()));
    }

    @Override
    public Learner updateCareer(Actor actor, String learnerId, CareerCommand command, Long expectedVersion) {
        return change(actor, learnerId, expectedVersion, LearnerAccess::canEditPersonal, LearnerEvents.CAREER_UPDATED,
                learner -> learner.withCareer(command.validate(today()), clock.instant()));
    }

    @Override
    public Optional<Learner> mine(Actor actor) {
        return learners.findBySubject(actor.subject());
    }

    @Override
    public Optional<Learner> find(Actor actor, String learnerId) {
        return learners.findById(learnerId).filter(learner -> LearnerAccess.canRead(actor, learner));
    }

    @Override
    public List<Learner> findAll(Actor actor, Collection<String> learnerIds) {
        return learners.findAllById(learnerIds).stream().filter(learner -> LearnerAccess.canRead(actor, learner))
                .toList();
    }

    @Override
    public List<LearnerName> names(Actor actor, Collection<String> learnerIds) {
        return learners.findNames(learnerIds).stream().filter(learner -> LearnerAccess.canRead(actor, learner))
                .toList();
    }

    @Override
    public boolean canSeeContact(Actor actor, Learner learner) {
        return LearnerAccess.canRead(actor, learner);
    }

    @Override
    public Page<Learner> search(Actor actor, LearnerFilter filter, Sort<LearnerOrderField> sort, Paging paging) {
        if (actor.readsEverything()) {
            return learners.search(filter, null, sort, paging);
        }
        Set<String> ownSchools = actor.tenantIds(TenantType.SCHOOL);
        return ownSchools.isEmpty() ? Page.empty() : learners.search(filter, ownSchools, sort, paging);
    }

    @Override
    public Page<Learner> roster(Actor actor, String schoolId, LearnerFilter filter, Sort<LearnerOrderField> sort,
                                Paging paging) {
        return actor.canRead(Tenant.school(schoolId))
                ? learners.search(filter, Set.of(schoolId), sort, paging)
                : Page.empty();
    }

    private LearnerIdentity validIdentity(IdentityCommand command) {
        var checks = new Checks();
        LearnerIdentity identity = checks.parse("identity", command, c -> c.validate(today()));
        checks.throwIfAny();
        return identity;
    }

    /**
     * Each attempt re-reads the learner and re-checks who may change it before judging the input (so a caller who
     * may not change the profile learns nothing from validation), and someone who lost the right meanwhile cannot
     * win a retry. Visible but not editable is forbidden; invisible is missing.
     */
    private Learner change(Actor actor, String learnerId, Long expectedVersion, BiPredicate<Actor, Learner> allowed,
                           String eventType, UnaryOperator<Learner> change) {
        return new VersionedChange<>(() -> editable(actor, learnerId, allowed), Learner::version,
                (before, after) -> learners.update(after, events.changed(eventType, initiator(actor, after), before,
                        after, attributes(after))))
                .apply(expectedVersion, change);
    }

    private Learner editable(Actor actor, String learnerId, BiPredicate<Actor, Learner> allowed) {
        Learner learner = visible(actor, learnerId);
        if (!allowed.test(actor, learner)) {
            throw new ForbiddenException("error.forbidden.learner-part");
        }
        return learner;
    }

    private Learner visible(Actor actor, String learnerId) {
        return find(actor, learnerId).orElseThrow(() -> new NotFoundException("Learner", learnerId));
    }

    private School readableSchool(Actor actor, String schoolId) {
        return schools.findById(schoolId).filter(s -> actor.canRead(Tenant.school(s.id())))
                .orElseThrow(() -> new NotFoundException("School", schoolId));
    }

    /** The academic part with the program code as the school spells it, so rosters filter on one spelling. */
    private static Academic inSchoolSpelling(Academic academic, School school) {
        return new Academic(academic.schoolId(), academic.externalStudentId(),
                programOf(school, academic.programCode()), academic.graduationYear(), academic.specialisations(),
                academic.projects(), academic.languages());
    }

    /** The school's own spelling of the program code. */
    static String programOf(School school, String programCode) {
        return school.programs().stream().map(Program::code).filter(code -> code.equalsIgnoreCase(programCode))
                .findFirst().orElseThrow(() -> BusinessRuleViolation.of("programCode", ErrorCode.INVALID,
                        "error.learner.program-unknown", school.profile().name()));
    }

    /**
     * Acting on a school's learner is acting in (or for) that school; a learner changing their own profile acts
     * for themselves.
     */
    static Initiator initiator(Actor actor, Learner learner) {
        String school = learner.academic().schoolId();
        boolean ownProfile = learner.belongsTo(actor.subject());
        return actor.initiatorFor(school == null || ownProfile ? null : Tenant.school(school));
    }

    static Map<String, String> attributes(Learner learner) {
        String school = learner.academic().schoolId();
        return school == null ? Map.of() : Map.of("school", Tenant.school(school).key());
    }

    private LocalDate today() {
        return PlatformCalendar.today(clock);
    }
}
