package fr.passerelle.company.service;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyCard;
import fr.passerelle.company.model.CompanyEvents;
import fr.passerelle.company.model.CompanyFilter;
import fr.passerelle.company.model.CompanyOrderField;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.company.port.in.CompanyProfileCommand;
import fr.passerelle.company.port.in.CompanyUseCases;
import fr.passerelle.company.port.in.SiteCommand;
import fr.passerelle.company.port.in.WorkforceCommand;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.membership.service.OrganisationAccess;
import fr.passerelle.membership.service.TenantMembers;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.event.EventFactory;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

public class CompanyService implements CompanyUseCases {

    private final Companies companies;
    private final OrganisationAccess<Company> access;
    private final TenantMembers members;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public CompanyService(Companies companies, TenantMembers members, IdGenerator ids, EventFactory events,
                          Clock clock) {
        this.companies = companies;
        this.access = new OrganisationAccess<>(TenantType.COMPANY, companies);
        this.members = members;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers the company, pending vetting. A self-registering person becomes its first recruiter. Two writes
     * (company, then membership) cannot share a transaction, so a retry by the same person with the same SIRET
     * completes a half-done registration instead of failing as a duplicate.
     */
    @Override
    public Company register(Actor actor, CompanyProfileCommand command) {
        boolean selfService = !actor.readsEverything();
        if (selfService && actor.email() == null) {
            throw new ForbiddenException("error.forbidden.company-unverified");
        }
        CompanyProfile profile = command.validate();
        Company company;
        try {
            Company registered = Company.register(ids.newId(), profile, actor.subject(), clock.instant());
            company = companies.insert(registered, events.created(CompanyEvents.REGISTERED, actor.initiatorFor(null),
                    registered, Map.of()));
        } catch (DuplicateKeyException e) {
            company = companies.findBySiret(profile.siret())
                    .filter(existing -> existing.createdBy().equals(actor.subject()))
                    .orElseThrow(() -> BusinessRuleViolation.of("siret", ErrorCode.DUPLICATE,
                            "error.company.siret-registered-join"));
        }
        if (selfService) {
            ensureFirstRecruiter(actor, company);
        }
        return company;
    }

    @Override
    public Company updateProfile(Actor actor, String companyId, CompanyProfileCommand command, Long expectedVersion) {
        CompanyProfile profile = command.validate();
        try {
            return change(actor, companyId, expectedVersion, CompanyEvents.PROFILE_UPDATED,
                    company -> company.withProfile(profile, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw BusinessRuleViolation.of("siret", ErrorCode.DUPLICATE, "error.company.siret-taken");
        }
    }

    @Override
    public Company addSite(Actor actor, String companyId, SiteCommand command) {
        var site = command.validate(ids.newId());
        return change(actor, companyId, null, CompanyEvents.SITE_ADDED, company -> company.withSite(site, clock.instant()));
    }

    @Override
    public Company declareWorkforce(Actor actor, String companyId, WorkforceCommand command, Long expectedVersion) {
        var workforce = command.validate(actor.subject(), PlatformCalendar.today(clock), clock.instant());
        return change(actor, companyId, expectedVersion, CompanyEvents.WORKFORCE_DECLARED,
                company -> company.withWorkforce(workforce, clock.instant()));
    }

    @Override
    public Membership inviteMember(Actor actor, String companyId, InviteMember invitation) {
        Company company = access.manageable(actor, companyId);
        return members.invite(actor, Tenant.company(company.id()), invitation);
    }

    @Override
    public Company verify(Actor actor, String companyId, long reviewedVersion, String note) {
        var checks = new Checks();
        String cleanNote = checks.optionalText("note", note, Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        return decide(actor, companyId, reviewedVersion, VettingStatus.VERIFIED, cleanNote);
    }

    @Override
    public Company reject(Actor actor, String companyId, long reviewedVersion, String reason) {
        var checks = new Checks();
        String cleanReason = checks.text("reason", reason, Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        return decide(actor, companyId, reviewedVersion, VettingStatus.REJECTED, cleanReason);
    }

    @Override
    public Optional<Company> find(Actor actor, String companyId) {
        return access.find(actor, companyId);
    }

    @Override
    public List<Company> findAll(Actor actor, Collection<String> companyIds) {
        return access.findAll(actor, companyIds);
    }

    @Override
    public List<CompanyCard> cards(Actor actor, Collection<String> companyIds) {
        return companyIds.isEmpty() ? List.of() : companies.findAllById(companyIds).stream()
                .filter(company -> CompanyCard.isPublic(company)
                        || actor.canRead(Tenant.company(company.id())))
                .map(CompanyCard::of).toList();
    }

    @Override
    public Page<Company> search(Actor actor, CompanyFilter filter, Sort<CompanyOrderField> sort, Paging paging) {
        return access.search(actor, onlyIds -> companies.search(filter, onlyIds, sort, paging));
    }

    /** Vetting is the advisors' job (and platform admins'); a company never vets itself. */
    private Company decide(Actor actor, String companyId, long reviewedVersion, VettingStatus status, String note) {
        access.readable(actor, companyId);
        if (!actor.readsEverything()) {
            throw new ForbiddenException("error.forbidden.company-vet");
        }
        String eventType = status == VettingStatus.VERIFIED ? CompanyEvents.VERIFIED : CompanyEvents.REJECTED;
        return versioned(actor, companyId, eventType, () -> access.readable(actor, companyId))
                .apply(reviewedVersion, company -> company.decide(status, note, actor.subject(), clock.instant()));
    }

    private void ensureFirstRecruiter(Actor actor, Company company) {
        Tenant tenant = Tenant.company(company.id());
        if (!actor.isMemberOf(tenant)) {
            members.enrol(actor, tenant, MembershipRole.RECRUITER);
        }
    }

    /** Each attempt re-reads the company and re-checks access, so a revoked recruiter cannot win a retry. */
    private Company change(Actor actor, String companyId, Long expectedVersion, String eventType,
                           UnaryOperator<Company> change) {
        access.manageable(actor, companyId);
        return versioned(actor, companyId, eventType, () -> access.manageable(actor, companyId))
                .apply(expectedVersion, change);
    }

    private VersionedChange<Company> versioned(Actor actor, String companyId, String eventType,
                                               Supplier<Company> load) {
        var by = actor.initiatorFor(Tenant.company(companyId));
        return new VersionedChange<>(load, Company::version,
                (before, after) -> companies.update(after, events.changed(eventType, by, before, after, Map.of())));
    }
}
