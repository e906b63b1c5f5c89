package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.FunderRequestState;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingLine;
import fr.passerelle.enrollment.model.FundingPlan;
import fr.passerelle.enrollment.model.FundingPrice;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.ParticipationExemption;
import fr.passerelle.enrollment.port.in.FundingUseCases;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.Fundings;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The funding use cases. The plan is changed while the enrollment is still before its contract (draft to funding
 * pending); afterwards the contract's amounts are fixed. Every change is one write of the funding with its
 * {@code funding.*} event; the funders are asked through {@link FundingFilings}, outside the write, so a retry files
 * nothing twice (the gateways' idempotency keys) and the funders' notifications, which may arrive while a filing is
 * under way, are applied by {@link FundingListener} on their own.
 */
public class FundingService implements FundingUseCases {

    static final String TYPE = "Funding";
    /** The enrollment's states in which its financing may still change: before the contract is sent. */
    private static final Set<EnrollmentState> OPEN = EnumSet.of(EnrollmentState.DRAFT,
            EnrollmentState.DOSSIER_INCOMPLETE, EnrollmentState.DOSSIER_COMPLETE, EnrollmentState.FUNDING_PENDING);

    private final Enrollments enrollments;
    private final Programmes programmes;
    private final Fundings fundings;
    private final Companies companies;
    private final FundingFilings filings;
    private final FundingFollowUps followUps;
    private final EventFactory events;
    private final Clock clock;

    public FundingService(Enrollments enrollments, Programmes programmes, Fundings fundings, Companies companies,
                          FundingFilings filings, FundingFollowUps followUps, EventFactory events, Clock clock) {
        this.enrollments = enrollments;
        this.programmes = programmes;
        this.fundings = fundings;
        this.companies = companies;
        this.filings = filings;
        this.followUps = followUps;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Funding plan(Actor actor, String enrollmentId, PlanCommand command, Long expectedVersion) {
        Enrollment enrollment = workable(actor, enrollmentId);
        var checks = new Checks();
        String companyId = checks.optionalText("companyId", command.companyId(), Limits.CODE);
        if (companyId != null && companies.findById(companyId).isEmpty()) {
            // A company payer removes the learner's withdrawal period and first-payment cap: never on a typo.
            checks.add("companyId", ErrorCode.INVALID, "error.funding.unknown-company");
        }
        Set<ParticipationExemption> exemptions = command.exemptions() == null
                ? Set.of() : command.exemptions();
        checks.throwIfAny();
        InstalmentOption instalments = command.instalments() == null ? InstalmentOption.AT_ONCE
                : command.instalments();
        Money price = price(enrollment);
        if (fundings.findById(enrollmentId).isEmpty()) {
            FundingPlan plan = FundingPlan.create(price, PlatformCalendar.today(clock), exemptions).orThrow();
            Funding created = Funding.planned(enrollment, plan, instalments, companyId, actor.subject(),
                    clock.instant());
            try {
                return fundings.insert(created, events.created(EnrollmentEvents.FUNDING_CHANGED, initiator(actor,
                        enrollment), created, FundingAttributes.of(created, created)));
            } catch (DuplicateKeyException plannedMeanwhile) {
                // Another first plan won the race: this one becomes a change of it, checked against its version.
            }
        }
        return change(actor, enrollment, expectedVersion, funding -> {
            FundingPlan plan = funding.plan().withExemptions(exemptions).orThrow().withPrice(price).orThrow();
            boolean same = plan.equals(funding.plan()) && instalments == funding.instalments()
                    && Objects.equals(companyId, funding.companyId());
            return same ? funding : funding.replanned(plan, instalments, companyId, clock.instant());
        });
    }

    @Override
    public Funding setLine(Actor actor, String enrollmentId, LineCommand command, Long expectedVersion) {
        Enrollment enrollment = workable(actor, enrollmentId);
        var checks = new Checks();
        FundingSource source = checks.required("source", command.source());
        Money amount = checks.required("amount", command.amount());
        String reference = checks.optionalText("funderReference", command.funderReference(), Limits.SHORT_TEXT);
        String accountId = checks.optionalText("accountId", command.accountId(), Limits.CODE);
        if (reference != null && FundingFilings.numbersItself(source)) {
            // France Travail's quote and the OPCO's request numbers come from filing, never from a typed value.
            checks.add("funderReference", ErrorCode.INVALID, "error.funding.reference-from-filing");
        }
        checks.throwIfAny();
        Funding.Change[] done = new Funding.Change[1];
        Funding stored;
        try {
            stored = change(actor, enrollment, expectedVersion, funding -> {
                done[0] = funding.withLine(new FundingLine(source, amount, reference), accountId, clock.instant());
                return done[0].funding();
            });
        } catch (DuplicateKeyException held) {
            // Another funding holds this funder's reference: a folder is one learner's, for one enrollment.
            throw BusinessRuleViolation.of("funderReference", ErrorCode.INVALID, "error.funding.reference-held");
        }
        done[0].withdrawn().ifPresent(withdrawn -> filings.withdraw(enrollmentId, withdrawn));
        return stored;
    }

    @Override
    public Funding removeLine(Actor actor, String enrollmentId, FundingSource source, Long expectedVersion) {
        Enrollment enrollment = workable(actor, enrollmentId);
        if (source == null) {
            throw BusinessRuleViolation.of("source", ErrorCode.REQUIRED, "error.value.required");
        }
        Funding.Change[] done = new Funding.Change[1];
        Funding stored = change(actor, enrollment, expectedVersion, funding -> {
            done[0] = funding.withoutLine(source, clock.instant());
            return done[0].funding();
        });
        done[0].withdrawn().ifPresent(withdrawn -> filings.withdraw(enrollmentId, withdrawn));
        return stored;
    }

    @Override
    public Funding request(Actor actor, String enrollmentId, Long expectedVersion) {
        Enrollment enrollment = workable(actor, enrollmentId);
        Funding current = existing(enrollmentId, expectedVersion);
        if (current.requests().isEmpty()) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID, "error.funding.nothing-to-request");
        }
        FundingFilings.Outcome outcome = filings.file(enrollment, current);
        Funding stored = outcome.filed().isEmpty() ? current
                : change(actor, enrollment, null, EnrollmentEvents.FUNDING_REQUESTED, funding -> {
                    Funding next = funding;
                    for (var entry : outcome.filed().entrySet()) {
                        FundingFilings.Filed filed = entry.getValue();
                        boolean stillAsked = next.request(entry.getKey()).filter(r -> r.attempt() == filed.attempt()
                                && r.state() == FunderRequestState.NOT_REQUESTED).isPresent();
                        if (stillAsked) {
                            next = next.filed(entry.getKey(), filed.reference(), filed.state(), filed.deadline(),
                                    clock.instant());
                        }
                    }
                    return next;
                });
        followUps.schedule(stored);
        if (!outcome.failures().isEmpty()) {
            // The lines filed are kept (their funders hold them); the others are reported, to fix and request again.
            throw new BusinessRuleViolation(outcome.failures());
        }
        return stored;
    }

    @Override
    public Funding validateAccount(Actor actor, String enrollmentId, Long expectedVersion) {
        Enrollment enrollment = workable(actor, enrollmentId);
        Funding current = existing(enrollmentId, expectedVersion);
        var request = current.request(FundingSource.TRAINING_ACCOUNT).filter(r -> r.state() == FunderRequestState
                .REQUESTED || r.state() == FunderRequestState.WAITING_HOLDER).orElseThrow(() ->
                BusinessRuleViolation.of("", ErrorCode.INVALID, "error.funding.no-folder-to-validate"));
        String number = current.line(FundingSource.TRAINING_ACCOUNT).orElseThrow().funderReference();
        FundingFilings.Filed validated = filings.validateFolder(enrollmentId, number, request);
        // The platform's notifications usually moved the line already; applying the answer again changes nothing.
        Funding stored = change(actor, enrollment, null, EnrollmentEvents.FUNDING_CHANGED, funding -> funding
                .answered(number, validated.state(), validated.deadline(), null, clock.instant()));
        followUps.schedule(stored);
        return stored;
    }

    @Override
    public Funding confirmLine(Actor actor, String enrollmentId, FundingSource source, String reference,
                               Long expectedVersion) {
        Enrollment enrollment = workable(actor, enrollmentId);
        var checks = new Checks();
        checks.required("source", source);
        String cleanReference = checks.text("funderReference", reference, Limits.SHORT_TEXT);
        if (source != null && FundingFilings.hasGateway(source)) {
            checks.add("source", ErrorCode.INVALID, "error.funding.funder-answers");
        }
        checks.throwIfAny();
        return change(actor, enrollment, expectedVersion, funding -> funding.confirmed(source, cleanReference,
                clock.instant()));
    }

    @Override
    public Map<String, Funding> ofEnrollments(Actor actor, Collection<Enrollment> of) {
        Set<String> readable = of.stream().filter(e -> EnrollmentAccess.mayRead(actor, e)).map(Enrollment::id)
                .collect(Collectors.toSet());
        if (readable.isEmpty()) {
            return Map.of();
        }
        return fundings.findAllById(readable).stream().collect(Collectors.toMap(Funding::id, Function.identity()));
    }

    /** The programme's price for one enrollment (a group's price shared over the group). */
    private Money price(Enrollment enrollment) {
        Programme programme = programmes.findById(enrollment.programmeId())
                .orElseThrow(() -> new NotFoundException("Programme", enrollment.programmeId()));
        if (programme.details().price() == null) {
            throw BusinessRuleViolation.of("price", ErrorCode.REQUIRED, "error.funding.no-price");
        }
        return FundingPrice.perEnrollment(programme.details().price());
    }

    private Enrollment workable(Actor actor, String enrollmentId) {
        Enrollment enrollment = EnrollmentAccess.requireWork(actor, EnrollmentAccess.load(enrollments, enrollmentId));
        if (!OPEN.contains(enrollment.state())) {
            throw BusinessRuleViolation.of("enrollmentId", ErrorCode.INVALID, "error.funding.enrollment-closed",
                    enrollment.state());
        }
        return enrollment;
    }

    private Funding existing(String enrollmentId, Long expectedVersion) {
        Funding funding = fundings.findById(enrollmentId).orElseThrow(() ->
                BusinessRuleViolation.of("enrollmentId", ErrorCode.INVALID, "error.funding.no-plan"));
        if (expectedVersion != null && expectedVersion != funding.version()) {
            throw BusinessRuleViolation.of("expectedVersion", ErrorCode.STALE_VERSION, "error.version.stale",
                    expectedVersion, funding.version());
        }
        return funding;
    }

    private Funding change(Actor actor, Enrollment enrollment, Long expectedVersion, UnaryOperator<Funding> change) {
        return change(actor, enrollment, expectedVersion, EnrollmentEvents.FUNDING_CHANGED, change);
    }

    private Funding change(Actor actor, Enrollment enrollment, Long expectedVersion, String eventType,
                           UnaryOperator<Funding> change) {
        return new VersionedChange<>(() -> existing(enrollment.id(), null), Funding::version,
                (before, after) -> fundings.update(after, events.changed(FundingAttributes.typeOf(eventType,
                        before, after), initiator(actor, enrollment), before, after, FundingAttributes.of(before, after))))
                .apply(expectedVersion, change);
    }

    private static Initiator initiator(Actor actor, Enrollment enrollment) {
        return actor.initiatorFor(Tenant.school(enrollment.schoolId()));
    }
}
