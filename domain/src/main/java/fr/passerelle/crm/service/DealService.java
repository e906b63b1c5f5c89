package fr.passerelle.crm.service;

import fr.passerelle.crm.model.AutomationOrigin;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.PipelineStage;
import fr.passerelle.crm.port.in.DealUseCases;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.time.Clock;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Creates, edits and moves the deals of a school's pipelines. */
public class DealService implements DealUseCases {

    static final Currency EUR = Currency.getInstance("EUR");
    private static final String TYPE = "Deal";

    private final Deals deals;
    private final Pipelines pipelines;
    private final ContactReferences contacts;
    private final CrmOwners owners;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;
    private final SchoolPipelines schoolPipelines;

    public DealService(Deals deals, Pipelines pipelines, ContactReferences contacts, Memberships memberships,
                       IdGenerator ids, EventFactory events, Clock clock) {
        this.deals = deals;
        this.pipelines = pipelines;
        this.contacts = contacts;
        this.owners = new CrmOwners(memberships);
        this.ids = ids;
        this.events = events;
        this.clock = clock;
        this.schoolPipelines = new SchoolPipelines(pipelines, events, clock);
    }

    @Override
    public Deal create(Actor actor, String schoolId, DealCommand command) {
        CrmAccess.requireWork(actor, schoolId);
        var checks = new Checks();
        Pipeline pipeline = Optional.ofNullable(checks.required("pipelineId", command.pipelineId()))
                .flatMap(id -> schoolPipelines.forWrite(schoolId, id)).orElse(null);
        if (command.pipelineId() != null && pipeline == null) {
            checks.add("pipelineId", ErrorCode.INVALID, "error.crm.pipeline-unknown");
        }
        PipelineStage stage = pipeline == null ? null : command.stageId() == null ? pipeline.firstOpenStage()
                : pipeline.stage(command.stageId()).orElse(null);
        if (pipeline != null && stage == null) {
            checks.add("stageId", ErrorCode.INVALID, "error.crm.stage-unknown");
        }
        String contactId = checks.text("contactId", command.contactId(), Limits.CODE);
        if (contactId != null && contacts.existing(schoolId, Set.of(contactId)).isEmpty()) {
            checks.add("contactId", ErrorCode.INVALID, "error.crm.contact-unknown");
        }
        Deal.Details details = details(checks, schoolId, contactId, command,
                command.ownerSubject() == null ? actor.subject() : command.ownerSubject());
        checks.throwIfAny();
        Deal deal = Deal.open(ids.newId(), pipeline, stage, details, actor.subject(), null, clock.instant());
        return deals.insert(deal, events.created(CrmEvents.DEAL_CREATED, actor.initiatorFor(Tenant.school(schoolId)),
                deal, CrmEvents.of(deal)));
    }

    @Override
    public Deal update(Actor actor, String id, DealCommand command, Long expectedVersion) {
        Deal current = find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id));
        CrmAccess.requireWork(actor, current.schoolId());
        var checks = new Checks();
        Deal.Details details = details(checks, current.schoolId(), current.contactId(), command,
                command.ownerSubject() == null ? current.ownerSubject() : command.ownerSubject());
        checks.throwIfAny();
        return change(id, () -> find(actor, id), actor.initiatorFor(Tenant.school(current.schoolId())),
                CrmEvents.DEAL_UPDATED, expectedVersion, deal -> deal.withDetails(details, clock.instant()));
    }

    @Override
    public Deal move(Actor actor, String id, Move move) {
        Deal current = find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id));
        CrmAccess.requireWork(actor, current.schoolId());
        return moved(id, () -> find(actor, id), actor.subject(), actor.initiatorFor(Tenant.school(current.schoolId())),
                null, move);
    }

    @Override
    public Deal move(AutomationOrigin origin, String schoolId, String id, Move move) {
        return moved(id, () -> deals.findById(id).filter(d -> d.schoolId().equals(schoolId)), Initiator.SYSTEM,
                Initiator.system(), origin, move);
    }

    private Deal moved(String id, Supplier<Optional<Deal>> load, String by, Initiator initiator, AutomationOrigin origin,
                       Move move) {
        var checks = new Checks();
        String stageId = checks.text("stageId", move.stageId(), Limits.CODE);
        String reason = checks.optionalText("lostReason", move.lostReason(), Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        Deal current = load.get().orElseThrow(() -> new NotFoundException(TYPE, id));
        Pipeline pipeline = pipelines.findById(current.pipelineId()).orElseThrow();
        PipelineStage to = pipeline.requireStage("stageId", stageId);
        return new VersionedChange<>(() -> load.get().orElseThrow(() -> new NotFoundException(TYPE, id)),
                Deal::version, (before, after) -> deals.update(after, events.changed(
                CrmEvents.moveType(after.status()), initiator, before, after,
                AutomationOrigin.attributes(CrmEvents.ofMove(before, after), origin))))
                .apply(move.expectedVersion(), deal -> deal.moveTo(to, reason, by, origin, clock.instant()));
    }

    @Override
    public Optional<Deal> find(Actor actor, String id) {
        return id == null ? Optional.empty()
                : deals.findById(id).filter(d -> CrmAccess.mayRead(actor, d.schoolId()));
    }

    @Override
    public List<Deal> findAll(Actor actor, Collection<String> ids) {
        return deals.findAllById(ids).stream().filter(d -> CrmAccess.mayRead(actor, d.schoolId())).toList();
    }

    @Override
    public Page<Deal> inStage(Actor actor, String pipelineId, String stageId, Paging paging) {
        return pipelines.findById(pipelineId).filter(p -> CrmAccess.mayRead(actor, p.schoolId()))
                .map(p -> deals.pageInStage(p.schoolId(), p.id(), stageId, paging))
                .orElse(Page.empty());
    }

    private Deal change(String id, Supplier<Optional<Deal>> load, Initiator initiator, String type, Long expectedVersion,
                        UnaryOperator<Deal> change) {
        return new VersionedChange<>(() -> load.get().orElseThrow(() -> new NotFoundException(TYPE, id)),
                Deal::version, (before, after) -> deals.update(after, events.changed(type, initiator, before, after,
                CrmEvents.of(after)))).apply(expectedVersion, change);
    }

    private Deal.Details details(Checks checks, String schoolId, String contactId, DealCommand command,
                                 String ownerSubject) {
        String offering = checks.optionalText("offeringRef", command.offeringRef(), Limits.CODE);
        String title = checks.optionalText("title", command.title(), Limits.SHORT_TEXT);
        String owner = owners.check(checks, "ownerSubject", schoolId, ownerSubject);
        Money amount = command.amount();
        if (amount != null && !amount.currency().equals(EUR)) {
            checks.add("expectedAmount.currency", ErrorCode.INVALID, "error.crm.amount-in-euros");
            amount = null;
        } else if (amount != null && (amount.amountInMinorUnits() < 0
                || amount.amountInMinorUnits() > MAX_AMOUNT_EUROS * 100)) {
            checks.add("expectedAmount.amount", ErrorCode.OUT_OF_RANGE, "error.number.out-of-range", 0,
                    MAX_AMOUNT_EUROS * 100);
            amount = null;
        }
        Integer probability = checks.count("probability", command.probability(), 0, 100);
        var closeOn = checks.date("expectedCloseOn", command.expectedCloseOn(),
                DateWindow.plans(PlatformCalendar.today(clock)));
        return new Deal.Details(contactId, offering, title, owner, amount, probability, closeOn);
    }
}
