package fr.passerelle.crm.service;

import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.DealBoard;
import fr.passerelle.crm.model.DefaultPipeline;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.PipelineStage;
import fr.passerelle.crm.model.StageKind;
import fr.passerelle.crm.port.in.PipelineUseCases;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Configures a school's pipelines (its admins) and reads them and their boards (its CRM readers). */
public class PipelineService implements PipelineUseCases {

    private static final String TYPE = "Pipeline";

    private final Pipelines pipelines;
    private final Deals deals;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;
    private final SchoolPipelines schoolPipelines;

    public PipelineService(Pipelines pipelines, Deals deals, IdGenerator ids, EventFactory events, Clock clock) {
        this.schoolPipelines = new SchoolPipelines(pipelines, events, clock);
        this.pipelines = pipelines;
        this.deals = deals;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    /** Reads store nothing: the default pipeline is answered unstored until a write needs it. */
    @Override
    public List<Pipeline> ofSchool(Actor actor, String schoolId) {
        return CrmAccess.mayRead(actor, schoolId) ? schoolPipelines.ofSchool(schoolId) : List.of();
    }

    @Override
    public Optional<Pipeline> find(Actor actor, String id) {
        return schoolPipelines.find(id).filter(p -> CrmAccess.mayRead(actor, p.schoolId()));
    }

    @Override
    public List<Pipeline> findAll(Actor actor, Collection<String> ids) {
        return schoolPipelines.findAll(ids).stream().filter(p -> CrmAccess.mayRead(actor, p.schoolId())).toList();
    }

    @Override
    public Pipeline create(Actor actor, String schoolId, String name, List<StageCommand> stages) {
        CrmAccess.requireConfigure(actor, schoolId);
        var checks = new Checks();
        String cleanName = checks.text("name", name, Limits.SHORT_TEXT);
        List<PipelineStage> clean = new ArrayList<>();
        if (stages == null || stages.isEmpty() || stages.size() > Pipeline.MAX_STAGES) {
            checks.add("stages", ErrorCode.OUT_OF_RANGE, "error.crm.stage-count", Pipeline.MAX_STAGES);
        } else {
            for (int i = 0; i < stages.size(); i++) {
                clean.add(stage(checks, "stages." + i, ids.newId(), stages.get(i)));
            }
        }
        // The default pipeline stays the school's first: a school creating another one before any deal stores it.
        schoolPipelines.forWrite(schoolId, DefaultPipeline.idFor(schoolId));
        if (pipelines.countBySchool(schoolId) >= Pipeline.MAX_PER_SCHOOL) {
            checks.add("", ErrorCode.OUT_OF_RANGE, "error.crm.too-many-pipelines", Pipeline.MAX_PER_SCHOOL);
        }
        checks.throwIfAny();
        Pipeline pipeline = Pipeline.create(ids.newId(), schoolId, cleanName, clean, actor.subject(),
                clock.instant());
        return pipelines.insert(pipeline, events.created(CrmEvents.PIPELINE_CREATED,
                actor.initiatorFor(Tenant.school(schoolId)), pipeline, CrmEvents.of(pipeline)));
    }

    @Override
    public Pipeline addStage(Actor actor, String id, StageCommand stage, Integer position, Long expectedVersion) {
        var checks = new Checks();
        PipelineStage clean = stage(checks, "stage", ids.newId(), stage);
        checks.count("position", position, 0, Pipeline.MAX_STAGES);
        checks.throwIfAny();
        return configure(actor, id, expectedVersion, p -> p.withStageAdded(clean, position, clock.instant()));
    }

    @Override
    public Pipeline changeStage(Actor actor, String id, String stageId, StageCommand stage, Long expectedVersion) {
        return configure(actor, id, expectedVersion, p -> {
            PipelineStage current = p.requireStage("stageId", stageId);
            var checks = new Checks();
            PipelineStage clean = stage(checks, "", stageId, new StageCommand(stage.name(), current.kind(),
                    stage.probability(), stage.slaWorkingDays()));
            checks.throwIfAny();
            return p.withStageChanged(stageId, clean.name(), clean.probability(), clean.slaWorkingDays(),
                    clock.instant());
        });
    }

    @Override
    public Pipeline reorderStages(Actor actor, String id, List<String> stageIds, Long expectedVersion) {
        var checks = new Checks();
        List<String> order = checks.list("stageIds", stageIds);
        checks.throwIfAny();
        return configure(actor, id, expectedVersion, p -> p.withStagesOrdered(order, clock.instant()));
    }

    @Override
    public Pipeline removeStage(Actor actor, String id, String stageId, Long expectedVersion) {
        return configure(actor, id, expectedVersion, p -> p.withStageRemoved(stageId,
                deals.countInStage(p.schoolId(), p.id(), stageId), clock.instant()));
    }

    @Override
    public Optional<DealBoard> board(Actor actor, String pipelineId, int size) {
        return find(actor, pipelineId).map(pipeline -> {
            List<String> stageIds = pipeline.stages().stream().map(PipelineStage::id).toList();
            Deals.BoardSlice slice = deals.board(pipeline.schoolId(), pipeline.id(), stageIds, size);
            return new DealBoard(pipeline, pipeline.stages().stream().map(stage -> {
                DealBoard.Totals totals = slice.totals().getOrDefault(stage.id(), DealBoard.Totals.NONE);
                return new DealBoard.Column(stage, totals.count(), new Money(totals.amountInCents(),
                        DealService.EUR), slice.firstPages().getOrDefault(stage.id(), Page.empty()));
            }).toList());
        });
    }

    private Pipeline configure(Actor actor, String id, Long expectedVersion, UnaryOperator<Pipeline> change) {
        return new VersionedChange<>(() -> {
            Pipeline current = find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id));
            CrmAccess.requireConfigure(actor, current.schoolId());
            return schoolPipelines.forWrite(current.schoolId(), id).orElseThrow();
        }, Pipeline::version, (before, after) -> pipelines.update(after, events.changed(
                CrmEvents.PIPELINE_CHANGED, actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                CrmEvents.of(after)))).apply(expectedVersion, change);
    }

    /** A stage command checked under {@code path}; null parts when invalid (the checks then throw). */
    private static PipelineStage stage(Checks checks, String path, String id, StageCommand command) {
        String prefix = path.isEmpty() ? "" : path + ".";
        if (command == null) {
            checks.add(path, ErrorCode.REQUIRED, "error.value.required");
            return null;
        }
        String name = checks.text(prefix + "name", command.name(), Limits.SHORT_TEXT);
        StageKind kind = checks.required(prefix + "kind", command.kind());
        Integer probability = checks.count(prefix + "probability", command.probability(), 0, 100);
        Integer sla = checks.count(prefix + "slaWorkingDays", command.slaWorkingDays(), 1,
                PipelineStage.MAX_SLA_WORKING_DAYS);
        if (sla != null && kind != null && kind != StageKind.OPEN) {
            checks.add(prefix + "slaWorkingDays", ErrorCode.INVALID, "error.crm.sla-on-closed-stage");
            return null;
        }
        if (name == null || kind == null || (command.probability() != null && probability == null)) {
            return null;
        }
        int chance = probability != null ? probability : kind == StageKind.WON ? 100 : 0;
        return new PipelineStage(id, name, kind, chance, sla);
    }
}
