package fr.passerelle.enrollment.graphql;

import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.catalog.graphql.ProgrammeView;
import fr.passerelle.catalog.graphql.SessionView;
import fr.passerelle.catalog.model.SeatOutcome;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.service.CatalogAccess;
import fr.passerelle.crm.graphql.ContactView;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.port.in.ContactUseCases;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEndReason;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.EnrollmentStep;
import fr.passerelle.enrollment.port.in.EnrollmentUseCases;
import fr.passerelle.enrollment.service.EnrollmentAccess;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.shared.paging.Page;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Enrollments over GraphQL: thin translation to the use cases, which decide who may. */
@Controller
class EnrollmentController implements NodeLoader {

    /** The ordering cursors record: by creation, newest first. */
    private static final String BY_CREATION = "CREATED_AT_DESC";
    private static final Set<String> ARGUMENTS = Set.of("id", ExpectedVersion.ARGUMENT);
    private static final Set<String> REASON_ARGUMENTS = Set.of("id", "reason", ExpectedVersion.ARGUMENT);
    /** The batched first pages' loader (the parameter's name). */
    static final String FIRST_PAGES = "enrollmentFirstPages";

    private final EnrollmentUseCases enrollments;
    private final ContactUseCases contacts;

    EnrollmentController(EnrollmentUseCases enrollments, ContactUseCases contacts, BatchLoaderRegistry registry) {
        this.enrollments = enrollments;
        this.contacts = contacts;
        registry.<FirstPageKey, Page<Enrollment>>forName(FIRST_PAGES)
                .registerMappedBatchLoader((keys, environment) -> Mono.just(firstPages(keys)));
    }

    /** {@code EnrollmentCreateInput}. */
    record CreateInput(String sessionId, String contactId, ContactSituation situation, Boolean minor) {

        EnrollmentUseCases.CreateCommand command() {
            return new EnrollmentUseCases.CreateCommand(GlobalIds.localId(sessionId, SessionView.TYPE),
                    GlobalIds.localId(contactId, ContactView.TYPE), situation, minor);
        }
    }

    /** {@code EnrollmentCreatePayload} and the transitions' payloads. */
    record EnrollmentPayload(List<UserErrorView> userErrors, EnrollmentView enrollment) {
    }

    @QueryMapping
    EnrollmentView enrollment(@Argument String id, @ContextValue Actor actor) {
        return enrollments.find(actor, GlobalIds.localId(id, EnrollmentView.TYPE)).map(EnrollmentView::of)
                .orElse(null);
    }

    @QueryMapping
    Connection<EnrollmentView> enrollments(@Argument String schoolId, @Argument EnrollmentState state,
                                           @Argument String sessionId, @Argument Integer first,
                                           @Argument String after, @ContextValue Actor actor) {
        var connection = new PageArguments(first, after, null, null).orderedBy(BY_CREATION);
        return connection.connection(enrollments.ofSchool(actor, GlobalIds.localId(schoolId, SchoolView.TYPE), state,
                sessionId == null ? null : GlobalIds.localId(sessionId, SessionView.TYPE), connection.paging()),
                EnrollmentView::of);
    }

    @QueryMapping
    Connection<EnrollmentView> myEnrollments(@Argument Integer first, @Argument String after,
                                             @ContextValue Actor actor) {
        var connection = new PageArguments(first, after, null, null).orderedBy(BY_CREATION);
        return connection.connection(enrollments.mine(actor, connection.paging()), EnrollmentView::of);
    }

    /**
     * The first page of each session goes through the batched loader, so a page of sessions with their enrollments
     * costs one read of enrollments; a later page is read for its session alone.
     */
    @SchemaMapping(typeName = SessionView.TYPE, field = "enrollments")
    CompletableFuture<Connection<EnrollmentView>> sessionEnrollments(
            SessionView session, @Argument Integer first, @Argument String after, @ContextValue Actor actor,
            DataLoader<FirstPageKey, Page<Enrollment>> enrollmentFirstPages) {
        var connection = new PageArguments(first, after, null, null).orderedBy(BY_CREATION);
        var paging = connection.paging();
        if (paging.after() == null) {
            return enrollmentFirstPages.load(new FirstPageKey(session.localId(), paging.size(), actor))
                    .thenApply(page -> connection.connection(page, EnrollmentView::of));
        }
        return CompletableFuture.completedFuture(connection.connection(enrollments.ofSchool(actor,
                session.session().schoolId(), null, session.localId(), paging), EnrollmentView::of));
    }

    /** A session's first page of enrollments, of that size, as the actor sees it. */
    record FirstPageKey(String sessionId, int size, Actor actor) {
    }

    private Map<FirstPageKey, Page<Enrollment>> firstPages(Set<FirstPageKey> keys) {
        Map<FirstPageKey, Page<Enrollment>> found = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(key -> Map.entry(key.actor(), key.size())))
                .forEach((by, ofActor) -> {
                    Map<String, Page<Enrollment>> pages = enrollments.firstPagesOfSessions(by.getKey(), ofActor
                            .stream().map(FirstPageKey::sessionId).toList(), by.getValue());
                    ofActor.forEach(key -> found.put(key, pages.getOrDefault(key.sessionId(), Page.empty())));
                });
        return found;
    }

    @MutationMapping
    EnrollmentPayload enrollmentSubmit(@Argument String id, @Argument Long expectedVersion,
                                       @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, EnrollmentView.TYPE);
        return run(null, ARGUMENTS, () -> enrollments.submit(actor, local, expectedVersion));
    }

    @MutationMapping
    EnrollmentPayload enrollmentCancel(@Argument String id, @Argument EnrollmentEndReason reason,
                                       @Argument Long expectedVersion, @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, EnrollmentView.TYPE);
        return run(null, REASON_ARGUMENTS, () -> enrollments.cancel(actor, local, reason, expectedVersion));
    }

    @MutationMapping
    EnrollmentPayload enrollmentWithdraw(@Argument String id, @Argument Long expectedVersion,
                                         @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, EnrollmentView.TYPE);
        return run(null, ARGUMENTS, () -> enrollments.withdraw(actor, local, expectedVersion));
    }

    @MutationMapping
    EnrollmentPayload enrollmentAbandon(@Argument String id, @Argument EnrollmentEndReason reason,
                                        @Argument Long expectedVersion, @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, EnrollmentView.TYPE);
        return run(null, REASON_ARGUMENTS, () -> enrollments.abandon(actor, local, reason, expectedVersion));
    }

    @MutationMapping
    EnrollmentPayload enrollmentStartTraining(@Argument String id, @Argument Long expectedVersion,
                                              @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, EnrollmentView.TYPE);
        return run(null, ARGUMENTS, () -> enrollments.startTraining(actor, local, expectedVersion));
    }

    @MutationMapping
    EnrollmentPayload enrollmentComplete(@Argument String id, @Argument Long expectedVersion,
                                         @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, EnrollmentView.TYPE);
        return run(null, ARGUMENTS, () -> enrollments.complete(actor, local, expectedVersion));
    }

    @MutationMapping
    EnrollmentPayload enrollmentCreate(@Argument CreateInput input, @ContextValue Actor actor) {
        EnrollmentUseCases.CreateCommand command = input.command();
        return run("input", Set.of(), () -> enrollments.create(actor, command));
    }

    /** The session; its trainers and funders' references only for those who read the school's catalog. */
    @BatchMapping(typeName = EnrollmentView.TYPE, field = "session")
    Map<EnrollmentView, SessionView> session(List<EnrollmentView> of, @ContextValue Actor actor) {
        Map<String, Session> found = enrollments.sessionsOf(actor, enrollmentsOf(of));
        return Batches.byParent(of, EnrollmentView::localId, found.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> CatalogAccess.mayRead(actor,
                        e.getValue().schoolId()) ? SessionView.of(e.getValue())
                        : SessionView.of(e.getValue()).withoutStaffReferences())));
    }

    /**
     * Who made each move is a staff member's token subject: the school's staff see it, the learner only their own
     * moves (the others' {@code by} is null, as for the platform's).
     */
    @SchemaMapping(typeName = EnrollmentView.TYPE, field = "history")
    List<EnrollmentStep> history(EnrollmentView view, @ContextValue Actor actor) {
        if (EnrollmentAccess.mayReadSchool(actor, view.enrollment().schoolId())) {
            return view.history();
        }
        return view.history().stream().map(step -> step.by() == null || step.by().equals(actor.subject()) ? step
                : new EnrollmentStep(step.from(), step.to(), step.at(), null, step.reason())).toList();
    }

    @BatchMapping(typeName = EnrollmentView.TYPE, field = "programme")
    Map<EnrollmentView, ProgrammeView> programme(List<EnrollmentView> of, @ContextValue Actor actor) {
        return Batches.byParent(of, EnrollmentView::localId, enrollments.programmesOf(actor, enrollmentsOf(of))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> ProgrammeView.of(e.getValue()))));
    }

    /** The place on the waiting list, read from the session: it moves as people before it leave. */
    @BatchMapping(typeName = EnrollmentView.TYPE, field = "waitlistPosition")
    Map<EnrollmentView, Integer> waitlistPosition(List<EnrollmentView> of, @ContextValue Actor actor) {
        Map<String, Session> found = enrollments.sessionsOf(actor, enrollmentsOf(of).stream()
                .filter(e -> !e.seated() && !e.state().isEnded()).toList());
        Map<String, Integer> positions = new HashMap<>();
        of.forEach(view -> {
            Session session = found.get(view.localId());
            if (session != null) {
                session.outcomeOf(view.enrollment().holderKey())
                        .filter(outcome -> outcome.kind() == SeatOutcome.Kind.WAITLISTED)
                        .ifPresent(outcome -> positions.put(view.localId(), outcome.position()));
            }
        });
        return Batches.byParent(of, EnrollmentView::localId, positions);
    }

    /** The CRM decides: its readers see the contact, anyone else (the learner included) gets null. */
    @BatchMapping(typeName = EnrollmentView.TYPE, field = "contact")
    Map<EnrollmentView, ContactView> contact(List<EnrollmentView> of, @ContextValue Actor actor) {
        List<String> ids = of.stream().map(view -> view.enrollment().contactId()).distinct().toList();
        Map<String, ContactView> found = contacts.findAll(actor, ids).stream()
                .collect(Collectors.toMap(Contact::id, ContactView.seenBy(actor), (a, b) -> a, HashMap::new));
        return Batches.byParent(of, view -> view.enrollment().contactId(), found);
    }

    @Override
    public String type() {
        return EnrollmentView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(enrollments.findAll(actor, localIds), EnrollmentView::of);
    }

    private static List<Enrollment> enrollmentsOf(List<EnrollmentView> views) {
        return views.stream().map(EnrollmentView::enrollment).toList();
    }

    private static EnrollmentPayload run(String root, Set<String> arguments, Supplier<Enrollment> useCase) {
        return Mutations.run(root, arguments, useCase, (errors, enrollment) -> new EnrollmentPayload(errors,
                enrollment == null ? null : EnrollmentView.of(enrollment)));
    }
}
