package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.LifecycleStage;
import fr.passerelle.crm.model.Segment;
import fr.passerelle.crm.model.SegmentCount;
import fr.passerelle.crm.model.SegmentFilter;
import fr.passerelle.crm.port.in.SegmentUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Segments over GraphQL: thin translation to {@link SegmentUseCases}, which decides who may do what. */
@Controller
class SegmentController implements NodeLoader {

    private static final String ORDER = "NAME";
    /** The loader {@code count} and {@code countIsExact} read (the parameters' name). */
    static final String COUNTS = "segmentCounts";

    private final SegmentUseCases segments;

    SegmentController(SegmentUseCases segments, BatchLoaderRegistry registry) {
        this.segments = segments;
        registry.<CountKey, SegmentCount>forName(COUNTS)
                .registerMappedBatchLoader((keys, environment) -> Mono.just(counts(keys)));
    }

    /** {@code SegmentFilterInput}. */
    record FilterInput(List<ContactRole> roles, String stageTarget, List<LifecycleStage> stages,
                       List<ContactSource> sources, List<ContactSituation> situations, List<String> tagsAny,
                       List<String> tagsAll, Integer minAge, Integer maxAge, List<String> departments,
                       Integer noInteractionForDays, ConsentPurpose consent) {

        SegmentFilter filter() {
            return new SegmentFilter(set(roles), stageTarget, set(stages), set(sources), set(situations),
                    set(tagsAny), set(tagsAll), minAge, maxAge, set(departments), noInteractionForDays, consent);
        }

        /** Lists are bounded before they become sets, so an oversized one is reported, not deduplicated away. */
        private static <T> Set<T> set(List<T> values) {
            if (values == null) {
                return Set.of();
            }
            return values.size() > SegmentFilter.MAX_VALUES ? new HashSet<>(values.subList(0,
                    SegmentFilter.MAX_VALUES + 1)) : new HashSet<>(values);
        }
    }

    /** {@code SegmentInput}. */
    record SegmentInput(String name, FilterInput filter) {

        SegmentFilter segmentFilter() {
            return filter == null ? null : filter.filter();
        }
    }

    /** {@code SegmentCreatePayload} and the others. */
    record SegmentPayload(List<UserErrorView> userErrors, SegmentView segment) {
    }

    @SchemaMapping(typeName = SchoolView.TYPE, field = "crmSegments")
    List<SegmentView> crmSegments(SchoolView school, @ContextValue Actor actor) {
        return segments.ofSchool(actor, school.localId()).stream().map(SegmentView::of).toList();
    }

    /** The count of the segment, with {@code countIsExact}, through one loader for all the segments of the request. */
    @SchemaMapping(typeName = SegmentView.TYPE, field = "count")
    CompletableFuture<Long> count(SegmentView segment, @ContextValue Actor actor,
                                  DataLoader<CountKey, SegmentCount> segmentCounts) {
        return segmentCounts.load(new CountKey(segment.segment(), actor)).thenApply(SegmentCount::count);
    }

    @SchemaMapping(typeName = SegmentView.TYPE, field = "countIsExact")
    CompletableFuture<Boolean> countIsExact(SegmentView segment, @ContextValue Actor actor,
                                            DataLoader<CountKey, SegmentCount> segmentCounts) {
        return segmentCounts.load(new CountKey(segment.segment(), actor)).thenApply(SegmentCount::exact);
    }

    /** A segment whose count is wanted, by whom (the count is the actor's). */
    record CountKey(Segment segment, Actor actor) {
    }

    private Map<CountKey, SegmentCount> counts(Set<CountKey> keys) {
        Map<CountKey, SegmentCount> counts = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(CountKey::actor)).forEach((actor, ofActor) -> {
            Map<String, SegmentCount> bySegment = segments.counts(actor, ofActor.stream().map(CountKey::segment)
                    .distinct().toList());
            ofActor.forEach(key -> counts.put(key, bySegment.getOrDefault(key.segment().id(), SegmentCount.NONE)));
        });
        return counts;
    }

    @SchemaMapping(typeName = SegmentView.TYPE, field = "contacts")
    Connection<ContactView> contacts(SegmentView segment, @Arguments PageArguments page, @ContextValue Actor actor) {
        var connection = page.orderedBy(ORDER);
        return connection.connection(segments.contacts(actor, segment.segment(), connection.paging()),
                ContactView.seenBy(actor));
    }

    @MutationMapping
    SegmentPayload segmentCreate(@Argument String schoolId, @Argument SegmentInput input, @ContextValue Actor actor) {
        String school = GlobalIds.localId(schoolId, SchoolView.TYPE);
        return run(Set.of(), () -> segments.create(actor, school, input.name(), input.segmentFilter()));
    }

    @MutationMapping
    SegmentPayload segmentUpdate(@Argument String id, @Argument SegmentInput input, @Argument Long expectedVersion,
                                 @ContextValue Actor actor) {
        String segmentId = GlobalIds.localId(id, SegmentView.TYPE);
        return run(Set.of(ExpectedVersion.ARGUMENT), () -> segments.update(actor, segmentId, input.name(),
                input.segmentFilter(), expectedVersion));
    }

    @MutationMapping
    SegmentPayload segmentDelete(@Argument String id, @Argument Long expectedVersion, @ContextValue Actor actor) {
        String segmentId = GlobalIds.localId(id, SegmentView.TYPE);
        return run(Set.of(ExpectedVersion.ARGUMENT), () -> segments.delete(actor, segmentId, expectedVersion));
    }

    @Override
    public String type() {
        return SegmentView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(segments.findAll(actor, localIds), SegmentView::of);
    }

    private SegmentPayload run(Set<String> outsideInput, Supplier<Segment> useCase) {
        return Mutations.run("input", outsideInput, useCase, (errors, segment) -> new SegmentPayload(errors,
                segment == null ? null : SegmentView.of(segment)));
    }
}
