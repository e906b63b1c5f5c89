package fr.passerelle.learner.graphql;

import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.learner.graphql.LearnerInputs.FilterInput;
import fr.passerelle.learner.graphql.LearnerInputs.OrderByInput;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.learner.model.SkillCatalog;
import fr.passerelle.learner.model.SkillCategory;
import fr.passerelle.learner.port.in.DuplicateProfiles;
import fr.passerelle.learner.port.in.LearnerUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolCardView;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.school.model.SchoolCard;
import fr.passerelle.school.port.in.SchoolUseCases;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import graphql.relay.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Learner profiles over GraphQL: thin translation to {@link LearnerUseCases}, which decides who may do what. */
@Controller
class LearnerController implements NodeLoader {

    private final LearnerUseCases learners;
    private final DuplicateProfiles duplicates;
    private final SchoolUseCases schools;
    private final Clock clock;

    LearnerController(LearnerUseCases learners, DuplicateProfiles duplicates, SchoolUseCases schools, Clock clock) {
        this.learners = learners;
        this.duplicates = duplicates;
        this.schools = schools;
        this.clock = clock;
    }

    @QueryMapping
    Connection<LearnerView> learners(@Arguments PageArguments page, @Argument FilterInput filter,
                                     @Argument OrderByInput orderBy, @ContextValue Actor actor) {
        return page(actor, page, filter, orderBy,
                (criteria, sort, paging) -> learners.search(actor, criteria, sort, paging));
    }

    @SchemaMapping(typeName = SchoolView.TYPE, field = "learners")
    Connection<LearnerView> schoolLearners(SchoolView school, @Arguments PageArguments page,
                                           @Argument FilterInput filter, @Argument OrderByInput orderBy,
                                           @ContextValue Actor actor) {
        return page(actor, page, filter, orderBy,
                (criteria, sort, paging) -> learners.roster(actor, school.localId(), criteria, sort, paging));
    }

    @QueryMapping
    List<SkillCatalog.Skill> skillCatalog(@Argument SkillCategory category) {
        return SkillCatalog.list(category);
    }

    @SchemaMapping(typeName = "Viewer", field = "learnerProfile")
    LearnerView learnerProfile(@ContextValue Actor actor) {
        return learners.mine(actor).map(views(actor)).orElse(null);
    }

    /** One read for the schools of a whole page of learners; null where the actor may not see the school. */
    @BatchMapping(typeName = "LearnerAcademic")
    Map<LearnerView.AcademicView, SchoolView> school(List<LearnerView.AcademicView> academics,
                                                    @ContextValue Actor actor) {
        List<String> ids = academics.stream().map(LearnerView.AcademicView::schoolId)
                .filter(Objects::nonNull).distinct().toList();
        Map<String, SchoolView> byId = schools.findAll(actor, ids).stream()
                .collect(Collectors.toMap(s -> s.id(), SchoolView::of));
        return Batches.byParent(academics, LearnerView.AcademicView::schoolId, byId);
    }

    /** One read for the profiles a whole page of duplicates were merged into; null where the actor may not read one. */
    @BatchMapping(typeName = "LearnerDetachment")
    Map<LearnerView.DetachmentView, LearnerView> mergedInto(List<LearnerView.DetachmentView> detachments,
                                                           @ContextValue Actor actor) {
        Function<LearnerView.DetachmentView, String> keptId = detachment -> detachment.mergedIntoId() == null ? null
                : GlobalIds.localId(detachment.mergedIntoId(), LearnerView.TYPE);
        List<String> ids = detachments.stream().map(keptId).filter(Objects::nonNull).distinct().toList();
        Map<String, LearnerView> byId = ids.isEmpty() ? Map.of() : learners.findAll(actor, ids).stream()
                .collect(Collectors.toMap(Learner::id, views(actor)));
        return Batches.byParent(detachments, keptId, byId);
    }

    /** One read for the school cards of a whole page of academic parts (a learner's, or an applicant's shared one). */
    @BatchMapping(typeName = "LearnerAcademic")
    Map<LearnerView.AcademicView, SchoolCardView> schoolCard(List<LearnerView.AcademicView> academics,
                                                             @ContextValue Actor actor) {
        List<String> ids = academics.stream().map(LearnerView.AcademicView::schoolId).filter(Objects::nonNull)
                .distinct().toList();
        Map<String, SchoolCardView> byId = schools.cards(actor, ids).stream()
                .collect(Collectors.toMap(SchoolCard::id, SchoolCardView::of));
        return Batches.byParent(academics, LearnerView.AcademicView::schoolId, byId);
    }

    @MutationMapping
    LearnerPayload learnerRegister(@Argument LearnerInputs.RegisterInput input, @ContextValue Actor actor) {
        return run(actor, () -> learners.register(actor, input.registration()));
    }

    @MutationMapping
    LearnerPayload learnerClaim(@Argument String schoolId, @ContextValue Actor actor) {
        String school = schoolId == null ? null : GlobalIds.localId(schoolId, SchoolView.TYPE);
        return run(null, actor, () -> learners.claim(actor, school));
    }

    @MutationMapping
    LearnerPayload learnerDetach(@Argument String id, @Argument String reason, @ContextValue Actor actor) {
        String learnerId = localId(id);
        return run(null, actor, () -> duplicates.detach(actor, learnerId, reason));
    }

    @MutationMapping
    LearnerPayload learnerMerge(@Argument String keepId, @Argument String duplicateId, @ContextValue Actor actor) {
        String kept = localId(keepId);
        String duplicate = localId(duplicateId);
        return run(null, actor, () -> duplicates.merge(actor, kept, duplicate));
    }

    @MutationMapping
    LearnerPayload learnerUpdateIdentity(@Argument String id, @Argument LearnerInputs.UpdateIdentityInput input,
                                         @Argument Long expectedVersion, @ContextValue Actor actor) {
        String learnerId = localId(id);
        var version = ExpectedVersion.of(expectedVersion, input.expectedVersion());
        return run(actor, version, () -> learners.updateIdentity(actor, learnerId,
                input.identity().command(), version.value()));
    }

    @MutationMapping
    LearnerPayload learnerUpdateAcademic(@Argument String id, @Argument LearnerInputs.UpdateAcademicInput input,
                                         @Argument Long expectedVersion, @ContextValue Actor actor) {
        String learnerId = localId(id);
        var version = ExpectedVersion.of(expectedVersion, input.expectedVersion());
        return run(actor, version, () -> learners.updateAcademic(actor, learnerId, input.command(), version.value()));
    }

    @MutationMapping
    LearnerPayload learnerSkillSet(@Argument String id, @Argument LearnerInputs.SkillInput input,
                                   @ContextValue Actor actor) {
        String learnerId = localId(id);
        return run(actor, () -> learners.setSkill(actor, learnerId, input.command()));
    }

    @MutationMapping
    LearnerPayload learnerSkillRemove(@Argument String id, @Argument String code, @ContextValue Actor actor) {
        String learnerId = localId(id);
        return run(null, actor, () -> learners.removeSkill(actor, learnerId, code));
    }

    @MutationMapping
    LearnerPayload learnerUpdateBackground(@Argument String id, @Argument LearnerInputs.UpdateBackgroundInput input,
                                           @Argument Long expectedVersion, @ContextValue Actor actor) {
        String learnerId = localId(id);
        var version = ExpectedVersion.of(expectedVersion, input.expectedVersion());
        return run(actor, version, () -> learners.updateBackground(actor, learnerId, input.command(),
                version.value()));
    }

    @MutationMapping
    LearnerPayload learnerUpdateCareer(@Argument String id, @Argument LearnerInputs.UpdateCareerInput input,
                                       @Argument Long expectedVersion, @ContextValue Actor actor) {
        String learnerId = localId(id);
        var version = ExpectedVersion.of(expectedVersion, input.expectedVersion());
        return run(actor, version, () -> learners.updateCareer(actor, learnerId, input.command(), version.value()));
    }

    @Override
    public String type() {
        return LearnerView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(learners.findAll(actor, localIds), views(actor));
    }

    /** One read of learners, filtered and ordered. */
    @FunctionalInterface
    private interface LearnerList {
        Page<Learner> read(LearnerFilter filter, Sort<LearnerOrderField> sort, Paging paging);
    }

    private Connection<LearnerView> page(Actor actor, PageArguments page, FilterInput filter, OrderByInput orderBy,
                                         LearnerList list) {
        OrderByInput order = orderBy != null ? orderBy : OrderByInput.DEFAULT;
        var connection = page.orderedBy(order);
        return connection.connection(list.read(FilterInput.toFilter(filter), order.sort(), connection.paging()),
                views(actor));
    }

    /** Views for this actor, today: contact data only where the actor may see it. */
    private Function<Learner, LearnerView> views(Actor actor) {
        LocalDate today = PlatformCalendar.today(clock);
        return learner -> LearnerView.of(learner, learners.canSeeContact(actor, learner), today);
    }

    private LearnerPayload run(Actor actor, Supplier<Learner> useCase) {
        return run("input", actor, useCase);
    }

    private LearnerPayload run(String root, Actor actor, Supplier<Learner> useCase) {
        return run(root, Set.of(), actor, useCase);
    }

    /** A versioned change of the input: a stale version is reported where the client gave it. */
    private LearnerPayload run(Actor actor, ExpectedVersion version, Supplier<Learner> useCase) {
        return run("input", version.outsideInput(), actor, useCase);
    }

    private LearnerPayload run(String root, Set<String> outsideRoot, Actor actor, Supplier<Learner> useCase) {
        var view = views(actor);
        return Mutations.run(root, outsideRoot, useCase, (errors, learner) -> new LearnerPayload(errors,
                learner == null ? null : view.apply(learner)));
    }

    private static String localId(String globalId) {
        return GlobalIds.localId(globalId, LearnerView.TYPE);
    }
}
