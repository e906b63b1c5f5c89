package fr.passerelle.internship.graphql;

import fr.passerelle.agreement.graphql.AgreementView;
import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.ConnectionArguments;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.OrderDirection;
import fr.passerelle.api.graphql.OrderInput;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.internship.graphql.Payloads.ApplicationPayload;
import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationOrderField;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.SharedProfile;
import fr.passerelle.internship.port.in.ApplicationCommand;
import fr.passerelle.internship.port.in.ApplicationUseCases;
import fr.passerelle.internship.port.in.InterviewCommand;
import fr.passerelle.internship.port.in.OfferUseCases;
import fr.passerelle.learner.graphql.LearnerNameView;
import fr.passerelle.learner.graphql.LearnerView;
import fr.passerelle.learner.port.in.LearnerUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import graphql.relay.Connection;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Applications and interviews over GraphQL: thin translation to {@link ApplicationUseCases}, which decides who may
 * do what. Nested lists stay constant in reads: the first pages of a page of offers' applications come from one
 * batched read, and offers, applicants and learners of a page of applications from one read each.
 */
@Controller
class ApplicationController implements NodeLoader {

    /** The batched first pages' loader. */
    static final String FIRST_PAGES = "applicationFirstPages";
    /** The batched learners' loader. */
    static final String LEARNERS = "applicationLearners";

    private final ApplicationUseCases applications;
    private final OfferUseCases offers;
    private final LearnerUseCases learners;
    private final OfferController offerViews;
    private final Clock clock;

    ApplicationController(ApplicationUseCases applications, OfferUseCases offers, LearnerUseCases learners,
                          OfferController offerViews, BatchLoaderRegistry registry, Clock clock) {
        this.applications = applications;
        this.offers = offers;
        this.learners = learners;
        this.offerViews = offerViews;
        this.clock = clock;
        registry.<FirstPageKey, Page<Application>>forName(FIRST_PAGES)
                .registerMappedBatchLoader((keys, environment) -> Mono.just(firstPages(keys)));
        registry.<LearnerKey, Object>forName(LEARNERS)
                .registerMappedBatchLoader((keys, environment) -> Mono.just(learners(keys)));
    }

    @SchemaMapping(typeName = "Viewer", field = "applications")
    Connection<ApplicationView> viewerApplications(@Arguments PageArguments page,
                                                   @Argument List<ApplicationStatus> statuses,
                                                   @Argument OrderByInput orderBy, @ContextValue Actor actor) {
        OrderByInput order = OrderByInput.orDefault(orderBy);
        var connection = page.orderedBy(order);
        return connection.connection(applications.mine(actor, set(statuses), order.sort(), connection.paging()),
                ApplicationView::of);
    }

    @SchemaMapping(typeName = LearnerView.TYPE, field = "applications")
    Connection<ApplicationView> learnerApplications(LearnerView learner, @Arguments PageArguments page,
                                                    @Argument List<ApplicationStatus> statuses,
                                                    @Argument OrderByInput orderBy, @ContextValue Actor actor) {
        OrderByInput order = OrderByInput.orDefault(orderBy);
        var connection = page.orderedBy(order);
        return connection.connection(applications.ofLearner(actor, learner.localId(), set(statuses), order.sort(),
                connection.paging()), ApplicationView::of);
    }

    /** One read for the applications of a whole page of agreements; null where the actor may not read one. */
    @BatchMapping(typeName = AgreementView.TYPE)
    Map<AgreementView, ApplicationView> application(List<AgreementView> listed, @ContextValue Actor actor) {
        Function<AgreementView, String> applicationId = agreement -> agreement.agreement().applicationId();
        List<String> ids = listed.stream().map(applicationId).filter(Objects::nonNull).distinct().toList();
        Map<String, ApplicationView> byId = ids.isEmpty() ? Map.of() : applications.findAll(actor, ids).stream()
                .collect(Collectors.toMap(Application::id, ApplicationView::of));
        return Batches.byParent(listed, applicationId, byId);
    }

    @SchemaMapping(typeName = SchoolView.TYPE, field = "applications")
    Connection<ApplicationView> schoolApplications(SchoolView school, @Arguments PageArguments page,
                                                   @Argument SchoolApplicationFilterInput filter,
                                                   @Argument OrderByInput orderBy, @ContextValue Actor actor) {
        OrderByInput order = OrderByInput.orDefault(orderBy);
        var connection = page.orderedBy(order);
        SchoolApplicationFilterInput narrowed = filter != null ? filter
                : new SchoolApplicationFilterInput(null, null, null);
        return connection.connection(applications.ofSchool(actor, school.localId(), narrowed.toFilter(),
                order.sort(), connection.paging()), ApplicationView::of);
    }

    /** GraphQL {@code SchoolApplicationFilter}; the ids are global. */
    record SchoolApplicationFilterInput(List<ApplicationStatus> statuses, String learnerId, String offerId) {

        ApplicationUseCases.SchoolApplicationsFilter toFilter() {
            return new ApplicationUseCases.SchoolApplicationsFilter(set(statuses),
                    learnerId == null ? null : GlobalIds.localId(learnerId, LearnerView.TYPE),
                    offerId == null ? null : GlobalIds.localId(offerId, OfferView.TYPE));
        }
    }

    /**
     * The default first page (no cursor, newest first) of each offer goes through the batched loader, so a page of
     * offers with their applications costs one read of applications; any other page is read for its offer alone.
     */
    @SchemaMapping(typeName = OfferView.TYPE, field = "applications")
    CompletableFuture<Connection<ApplicationView>> offerApplications(
            OfferView offer, @Arguments PageArguments page, @Argument List<ApplicationStatus> statuses,
            @Argument OrderByInput orderBy, @ContextValue Actor actor,
            DataLoader<FirstPageKey, Page<Application>> applicationFirstPages) {
        OrderByInput order = OrderByInput.orDefault(orderBy);
        ConnectionArguments connection = page.orderedBy(order);
        var paging = connection.paging();
        if (order.equals(OrderByInput.DEFAULT) && !paging.backward() && paging.after() == null) {
            return applicationFirstPages.load(new FirstPageKey(offer.localId(), set(statuses), paging.size(), actor))
                    .thenApply(firstPage -> connection.connection(firstPage, ApplicationView::of));
        }
        return CompletableFuture.completedFuture(connection.connection(applications.ofOffer(actor,
                offer.localId(), set(statuses), order.sort(), paging), ApplicationView::of));
    }

    @BatchMapping(typeName = ApplicationView.TYPE)
    Map<ApplicationView, OfferView> offer(List<ApplicationView> listed, @ContextValue Actor actor) {
        Function<InternshipOffer, OfferView> view = offerViews.view();
        Map<String, OfferView> byId = offers.findAll(actor, listed.stream().map(ApplicationView::offerId)
                .distinct().toList()).stream().collect(Collectors.toMap(o -> o.id(), view));
        return Batches.byParent(listed, ApplicationView::offerId, byId);
    }

    @BatchMapping(typeName = ApplicationView.TYPE)
    Map<ApplicationView, ApplicantView> applicant(List<ApplicationView> listed, @ContextValue Actor actor) {
        LocalDate today = PlatformCalendar.today(clock);
        Map<String, SharedProfile.Served> shared = applications.sharedProfiles(actor,
                listed.stream().map(ApplicationView::application).toList());
        Map<String, ApplicantView> byId = new HashMap<>();
        shared.forEach((id, served) -> byId.put(id, ApplicantView.of(served.learner(), served.parts(), today)));
        return Batches.byParent(listed, ApplicationView::localId, byId);
    }

    /**
     * The profile, for whoever may read it under the learner rules (never a company), through the batched loader: a
     * selection of only the learner's names (a list of applicants) reads only those; any other reads the profiles.
     */
    @SchemaMapping(typeName = ApplicationView.TYPE, field = "learner")
    CompletableFuture<Object> learner(ApplicationView application, DataFetchingEnvironment environment,
                                      @ContextValue Actor actor, DataLoader<LearnerKey, Object> applicationLearners) {
        return applicationLearners.load(new LearnerKey(application.learnerId(),
                LearnerNameView.answers(environment.getMergedField()), actor));
    }

    @MutationMapping
    ApplicationPayload applicationSubmit(@Argument String offerId, @Argument SubmitInput input,
                                         @ContextValue Actor actor) {
        String offer = OfferController.localId(offerId);
        return Mutations.run("input", Set.of("offerId"), () -> applications.apply(actor, offer,
                new ApplicationCommand(input.message(), input.sharedParts())), ApplicationController::payload);
    }

    @MutationMapping
    ApplicationPayload applicationShortlist(@Argument String id, @ContextValue Actor actor) {
        String applicationId = localId(id);
        return run(() -> applications.shortlist(actor, applicationId));
    }

    @MutationMapping
    ApplicationPayload applicationReject(@Argument String id, @Argument String reason, @ContextValue Actor actor) {
        String applicationId = localId(id);
        return run(() -> applications.reject(actor, applicationId, reason));
    }

    @MutationMapping
    ApplicationPayload applicationExtendOffer(@Argument String id, @ContextValue Actor actor) {
        String applicationId = localId(id);
        return run(() -> applications.makeOffer(actor, applicationId));
    }

    @MutationMapping
    ApplicationPayload applicationAccept(@Argument String id, @Argument int termsVersion, @ContextValue Actor actor) {
        String applicationId = localId(id);
        return run(() -> applications.accept(actor, applicationId, termsVersion));
    }

    @MutationMapping
    ApplicationPayload applicationDecline(@Argument String id, @Argument String reason, @ContextValue Actor actor) {
        String applicationId = localId(id);
        return run(() -> applications.decline(actor, applicationId, reason));
    }

    @MutationMapping
    ApplicationPayload applicationWithdraw(@Argument String id, @Argument String reason, @ContextValue Actor actor) {
        String applicationId = localId(id);
        return run(() -> applications.withdraw(actor, applicationId, reason));
    }

    @MutationMapping
    ApplicationPayload applicationSharedPartsChange(@Argument String id, @Argument List<ProfilePart> sharedParts,
                                                    @ContextValue Actor actor) {
        String applicationId = localId(id);
        return run(() -> applications.changeSharedParts(actor, applicationId, sharedParts));
    }

    @MutationMapping
    ApplicationPayload applicationInterviewPropose(@Argument String id, @Argument InterviewProposeInput input,
                                                   @ContextValue Actor actor) {
        String applicationId = localId(id);
        return Mutations.run(() -> applications.proposeInterview(actor, applicationId,
                new InterviewCommand(input.slots(), input.place())), ApplicationController::payload);
    }

    @MutationMapping
    ApplicationPayload applicationInterviewPick(@Argument String id, @Argument String slotId,
                                                @ContextValue Actor actor) {
        String applicationId = localId(id);
        return run(() -> applications.pickInterviewSlot(actor, applicationId, slotId));
    }

    @MutationMapping
    ApplicationPayload applicationInterviewCancel(@Argument String id, @Argument String reason,
                                                  @ContextValue Actor actor) {
        String applicationId = localId(id);
        return run(() -> applications.cancelInterview(actor, applicationId, reason));
    }

    @Override
    public String type() {
        return ApplicationView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(applications.findAll(actor, localIds), ApplicationView::of);
    }

    /** Keys asking the same statuses and size for the same actor are read together. */
    private Map<FirstPageKey, Page<Application>> firstPages(Set<FirstPageKey> keys) {
        Map<FirstPageKey, Page<Application>> pages = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(FirstPageKey::batch)).forEach((batch, batchKeys) -> {
            Map<String, Page<Application>> byOffer = applications.firstPagesOfOffers(batch.actor(),
                    batchKeys.stream().map(FirstPageKey::offerId).toList(), batch.statuses(), batch.size());
            batchKeys.forEach(key -> pages.put(key, byOffer.getOrDefault(key.offerId(), Page.empty())));
        });
        return pages;
    }

    /** One read per actor and kind of view: names only, or whole profiles. */
    private Map<LearnerKey, Object> learners(Set<LearnerKey> keys) {
        Map<LearnerKey, Object> views = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(LearnerKey::batch)).forEach((batch, batchKeys) -> {
            List<String> ids = batchKeys.stream().map(LearnerKey::learnerId).distinct().toList();
            Map<String, Object> byId = new HashMap<>();
            if (batch.namesOnly()) {
                learners.names(batch.actor(), ids).forEach(name -> byId.put(name.id(), LearnerNameView.of(name)));
            } else {
                LocalDate today = PlatformCalendar.today(clock);
                learners.findAll(batch.actor(), ids).forEach(learner -> byId.put(learner.id(),
                        LearnerView.of(learner, learners.canSeeContact(batch.actor(), learner), today)));
            }
            batchKeys.forEach(key -> {
                Object view = byId.get(key.learnerId());
                if (view != null) {
                    views.put(key, view);
                }
            });
        });
        return views;
    }

    private static ApplicationPayload run(Supplier<Application> useCase) {
        return Mutations.run(null, useCase, ApplicationController::payload);
    }

    private static ApplicationPayload payload(List<UserErrorView> errors, Application application) {
        return new ApplicationPayload(errors, application == null ? null : ApplicationView.of(application));
    }

    private static Set<ApplicationStatus> set(List<ApplicationStatus> statuses) {
        return statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    private static String localId(String globalId) {
        return GlobalIds.localId(globalId, ApplicationView.TYPE);
    }

    /** One offer's default first page for one actor. */
    record FirstPageKey(String offerId, Set<ApplicationStatus> statuses, int size, Actor actor) {

        Batch batch() {
            return new Batch(statuses, size, actor);
        }
    }

    /** An application's learner, for one actor, as names only or as the profile. */
    record LearnerKey(String learnerId, boolean namesOnly, Actor actor) {

        LearnerBatch batch() {
            return new LearnerBatch(namesOnly, actor);
        }
    }

    /** What a batch of learners shares. */
    record LearnerBatch(boolean namesOnly, Actor actor) {
    }

    /** What a batch of first pages shares. */
    record Batch(Set<ApplicationStatus> statuses, int size, Actor actor) {
    }

    /** {@code ApplicationOrder}. */
    record OrderByInput(ApplicationOrderField field, OrderDirection direction)
            implements OrderInput<ApplicationOrderField> {

        static final OrderByInput DEFAULT = new OrderByInput(ApplicationOrderField.CREATED_AT, OrderDirection.DESC);

        static OrderByInput orDefault(OrderByInput given) {
            return given != null ? given : DEFAULT;
        }
    }

    /** {@code ApplicationSubmitInput}. */
    record SubmitInput(String message, List<ProfilePart> sharedParts) {
    }

    /** {@code InterviewProposeInput}. */
    record InterviewProposeInput(List<InterviewCommand.SlotInput> slots, String place) {
    }
}
