package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.crm.model.Segment;
import fr.passerelle.crm.model.SegmentFilter;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code Segment}; {@code count} and {@code contacts} are resolved on read. */
public record SegmentView(String id, String name, FilterView filter, Instant createdAt, Instant updatedAt,
                          long version, Segment segment) {

    public static final String TYPE = "Segment";

    /** GraphQL {@code SegmentFilter}: lists sorted, so equal filters read the same. */
    public record FilterView(List<?> roles, String stageTarget, List<?> stages, List<?> sources, List<?> situations,
                             List<String> tagsAny, List<String> tagsAll, Integer minAge, Integer maxAge,
                             List<String> departments, Integer noInteractionForDays, Object consent) {

        static FilterView of(SegmentFilter f) {
            return new FilterView(f.roles().stream().sorted().toList(), f.stageTarget(),
                    f.stages().stream().sorted().toList(), f.sources().stream().sorted().toList(),
                    f.situations().stream().sorted().toList(), f.tagsAny().stream().sorted().toList(),
                    f.tagsAll().stream().sorted().toList(), f.minAge(), f.maxAge(),
                    f.departments().stream().sorted().toList(), f.noInteractionForDays(), f.consent());
        }
    }

    public static SegmentView of(Segment segment) {
        return new SegmentView(GlobalIds.encode(TYPE, segment.id()), segment.name(), FilterView.of(segment.filter()),
                segment.createdAt(), segment.updatedAt(), segment.version(), segment);
    }
}
