package fr.passerelle.catalog.service;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.catalog.model.ProgrammeState;
import fr.passerelle.catalog.port.in.ProgrammeUseCases;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Programmes: drafted, edited, published under {@code PublicationRules}, archived. */
public class ProgrammeService implements ProgrammeUseCases {

    private static final String TYPE = "Programme";

    private final Programmes programmes;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public ProgrammeService(Programmes programmes, IdGenerator ids, EventFactory events, Clock clock) {
        this.programmes = programmes;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Programme create(Actor actor, String schoolId, ProgrammeDetails details) {
        CatalogAccess.requireConfigure(actor, schoolId);
        ProgrammeDetails clean = ProgrammeDetails.validated(details);
        if (programmes.countBySchool(schoolId) >= Programme.MAX_PER_SCHOOL) {
            throw BusinessRuleViolation.of("", ErrorCode.OUT_OF_RANGE, "error.catalog.too-many-programmes",
                    Programme.MAX_PER_SCHOOL);
        }
        Programme programme = Programme.draft(ids.newId(), schoolId, clean, actor.subject(), clock.instant());
        return programmes.insert(programme, events.created(CatalogEvents.PROGRAMME_CREATED,
                actor.initiatorFor(Tenant.school(schoolId)), programme, CatalogEvents.of(programme)));
    }

    @Override
    public Programme update(Actor actor, String id, ProgrammeDetails details, Long expectedVersion) {
        ProgrammeDetails clean = ProgrammeDetails.validated(details);
        return change(actor, id, CatalogEvents.PROGRAMME_UPDATED, expectedVersion, programme ->
                programme.details().equals(clean) ? programme : programme.edited(clean, clock.instant()));
    }

    @Override
    public Programme publish(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, CatalogEvents.PROGRAMME_PUBLISHED, expectedVersion,
                programme -> programme.published(clock.instant()));
    }

    @Override
    public Programme archive(Actor actor, String id, Long expectedVersion) {
        return change(actor, id, CatalogEvents.PROGRAMME_ARCHIVED, expectedVersion,
                programme -> programme.archived(clock.instant()));
    }

    @Override
    public Optional<Programme> find(Actor actor, String id) {
        return programmes.findById(id).filter(p -> CatalogAccess.mayRead(actor, p.schoolId()));
    }

    @Override
    public List<Programme> findAll(Actor actor, Collection<String> ids) {
        return programmes.findAllById(ids).stream().filter(p -> CatalogAccess.mayRead(actor, p.schoolId())).toList();
    }

    @Override
    public Page<Programme> ofSchool(Actor actor, String schoolId, Paging paging) {
        return CatalogAccess.mayRead(actor, schoolId)
                ? programmes.page(schoolId, EnumSet.allOf(ProgrammeState.class), paging) : Page.empty();
    }

    private Programme change(Actor actor, String id, String type, Long expectedVersion,
                             UnaryOperator<Programme> edit) {
        return new VersionedChange<>(() -> {
            Programme programme = find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id));
            CatalogAccess.requireConfigure(actor, programme.schoolId());
            return programme;
        }, Programme::version, (before, after) -> programmes.update(after, events.changed(type,
                actor.initiatorFor(Tenant.school(after.schoolId())), before, after, CatalogEvents.of(after))))
                .apply(expectedVersion, edit);
    }
}
