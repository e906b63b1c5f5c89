package fr.passerelle.crm.service;

import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.DefaultPipeline;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A school's pipelines, the default one included before it is stored. Reads never write: until a write needs it (a
 * deal put in it, a change to it, another pipeline created), the default pipeline is answered as it would be stored,
 * version 0; that first write stores it. Its id is derived from the school's, so two first writes at once store it
 * once.
 */
final class SchoolPipelines {

    private final Pipelines pipelines;
    private final EventFactory events;
    private final Clock clock;

    SchoolPipelines(Pipelines pipelines, EventFactory events, Clock clock) {
        this.pipelines = pipelines;
        this.events = events;
        this.clock = clock;
    }

    /** The school's stored pipelines, or its default one alone while none is stored. */
    List<Pipeline> ofSchool(String schoolId) {
        return ofSchool(pipelines, schoolId, clock.instant());
    }

    static List<Pipeline> ofSchool(Pipelines pipelines, String schoolId, Instant now) {
        List<Pipeline> found = pipelines.findBySchool(schoolId, Pipeline.MAX_PER_SCHOOL);
        return found.isEmpty() ? List.of(DefaultPipeline.of(schoolId, now)) : found;
    }

    /** A stored pipeline, or a school's default one not stored yet. */
    Optional<Pipeline> find(String id) {
        return pipelines.findById(id).or(() -> unstoredDefault(id));
    }

    List<Pipeline> findAll(Collection<String> ids) {
        List<Pipeline> found = new ArrayList<>(pipelines.findAllById(ids));
        Set<String> stored = found.stream().map(Pipeline::id).collect(Collectors.toSet());
        ids.stream().filter(id -> !stored.contains(id)).distinct().map(this::unstoredDefault)
                .flatMap(Optional::stream).forEach(found::add);
        return found;
    }

    /** The school's pipeline {@code id}, stored (the school's default one is stored now if it was not yet). */
    Optional<Pipeline> forWrite(String schoolId, String id) {
        Optional<Pipeline> stored = pipelines.findById(id).filter(p -> p.schoolId().equals(schoolId));
        if (stored.isPresent() || !DefaultPipeline.idFor(schoolId).equals(id)) {
            return stored;
        }
        Pipeline pipeline = DefaultPipeline.of(schoolId, clock.instant());
        try {
            return Optional.of(pipelines.insert(pipeline, events.created(CrmEvents.PIPELINE_CREATED,
                    Initiator.system(), pipeline, CrmEvents.of(pipeline))));
        } catch (DuplicateKeyException storedMeanwhile) {
            return pipelines.findById(id);
        }
    }

    private Optional<Pipeline> unstoredDefault(String id) {
        return Optional.ofNullable(DefaultPipeline.schoolOf(id)).map(schoolId -> DefaultPipeline.of(schoolId, clock.instant()));
    }
}
