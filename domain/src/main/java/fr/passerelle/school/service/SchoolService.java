package fr.passerelle.school.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.membership.service.OrganisationAccess;
import fr.passerelle.membership.service.TenantMembers;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolCard;
import fr.passerelle.school.model.SchoolEvents;
import fr.passerelle.school.model.SchoolFilter;
import fr.passerelle.school.model.SchoolOrderField;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.school.port.in.SchoolProfileCommand;
import fr.passerelle.school.port.in.SchoolUseCases;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

public class SchoolService implements SchoolUseCases {

    private final Schools schools;
    private final OrganisationAccess<School> access;
    private final TenantMembers members;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public SchoolService(Schools schools, TenantMembers members, IdGenerator ids, EventFactory events, Clock clock) {
        this.schools = schools;
        this.access = new OrganisationAccess<>(TenantType.SCHOOL, schools);
        this.members = members;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public School register(Actor actor, SchoolProfileCommand command) {
        if (!actor.isPlatformAdmin()) {
            throw new ForbiddenException("error.forbidden.school-register");
        }
        SchoolProfile profile = command.validate();
        try {
            School school = School.register(ids.newId(), profile, actor.subject(), clock.instant());
            return schools.insert(school, events.created(SchoolEvents.REGISTERED, actor.initiatorFor(null), school,
                    Map.of()));
        } catch (DuplicateKeyException e) {
            throw duplicateName(profile.name());
        }
    }

    @Override
    public School updateProfile(Actor actor, String schoolId, SchoolProfileCommand command, Long expectedVersion) {
        SchoolProfile profile = command.validate();
        try {
            return change(actor, schoolId, expectedVersion, SchoolEvents.PROFILE_UPDATED,
                    school -> school.withProfile(profile, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw duplicateName(profile.name());
        }
    }

    @Override
    public School changeTier(Actor actor, String schoolId, PartnershipTier tier, Long expectedVersion) {
        if (tier == null) {
            throw BusinessRuleViolation.of("tier", ErrorCode.REQUIRED, "error.value.required");
        }
        School school = access.readable(actor, schoolId);
        if (!actor.isPlatformAdmin()) {
            throw new ForbiddenException("error.forbidden.school-tier");
        }
        return versioned(actor, school.id(), SchoolEvents.TIER_CHANGED)
                .apply(expectedVersion, s -> s.withTier(tier, clock.instant()));
    }

    @Override
    public School addProgram(Actor actor, String schoolId, Program program) {
        return change(actor, schoolId, null, SchoolEvents.PROGRAM_ADDED,
                school -> school.withProgram(program, clock.instant()));
    }

    @Override
    public School removeProgram(Actor actor, String schoolId, String programCode) {
        return change(actor, schoolId, null, SchoolEvents.PROGRAM_REMOVED,
                school -> school.withoutProgram(programCode, clock.instant()));
    }

    @Override
    public Membership inviteMember(Actor actor, String schoolId, InviteMember invitation) {
        School school = access.manageable(actor, schoolId);
        return members.invite(actor, Tenant.school(school.id()), invitation);
    }

    @Override
    public Optional<School> find(Actor actor, String schoolId) {
        return access.find(actor, schoolId);
    }

    @Override
    public List<School> findAll(Actor actor, Collection<String> schoolIds) {
        return access.findAll(actor, schoolIds);
    }

    @Override
    public List<SchoolCard> cards(Actor actor, Collection<String> schoolIds) {
        return schoolIds.isEmpty() ? List.of() : schools.findAllById(schoolIds).stream().map(SchoolCard::of).toList();
    }

    @Override
    public Page<School> search(Actor actor, SchoolFilter filter, Sort<SchoolOrderField> sort, Paging paging) {
        return access.search(actor, onlyIds -> schools.search(filter, onlyIds, sort, paging));
    }

    private School change(Actor actor, String schoolId, Long expectedVersion, String eventType,
                          UnaryOperator<School> change) {
        access.manageable(actor, schoolId);
        return versioned(actor, schoolId, eventType).apply(expectedVersion, change);
    }

    /** Each attempt re-reads the school and re-checks access, so a revoked admin cannot win a retry. */
    private VersionedChange<School> versioned(Actor actor, String schoolId, String eventType) {
        var by = actor.initiatorFor(Tenant.school(schoolId));
        return new VersionedChange<>(() -> access.manageable(actor, schoolId), School::version,
                (before, after) -> schools.update(after, events.changed(eventType, by, before, after, Map.of())));
    }

    private static BusinessRuleViolation duplicateName(String name) {
        return BusinessRuleViolation.of("name", ErrorCode.DUPLICATE, "error.school.name-taken", name);
    }
}
