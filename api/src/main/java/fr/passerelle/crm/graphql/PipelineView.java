package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.PipelineStage;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code Pipeline}; its stages are the domain's {@link PipelineStage} as they are. */
public record PipelineView(String id, String name, List<PipelineStage> stages, Instant createdAt, Instant updatedAt,
                           long version) {

    public static final String TYPE = "Pipeline";

    public static PipelineView of(Pipeline pipeline) {
        return new PipelineView(GlobalIds.encode(TYPE, pipeline.id()), pipeline.name(), pipeline.stages(),
                pipeline.createdAt(), pipeline.updatedAt(), pipeline.version());
    }
}
