package fr.passerelle.enrollment.graphql;

import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.catalog.graphql.ProgrammeView;
import fr.passerelle.catalog.graphql.SessionView;
import fr.passerelle.catalog.model.SeatOutcome;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.crm.graphql.ContactView;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.port.in.ContactUseCases;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.port.in.EnrollmentUseCases;
import fr.passerelle.membership.model.Actor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Enrollments over GraphQL: thin translation to the use cases, which decide who may. */
@Controller
class EnrollmentController implements NodeLoader {

    private final EnrollmentUseCases enrollments;
    private final ContactUseCases contacts;

    EnrollmentController(EnrollmentUseCases enrollments, ContactUseCases contacts) {
        this.enrollments = enrollments;
        this.contacts = contacts;
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

    @MutationMapping
    EnrollmentPayload enrollmentCreate(@Argument CreateInput input, @ContextValue Actor actor) {
        EnrollmentUseCases.CreateCommand command = input.command();
        return run("input", Set.of(), () -> enrollments.create(actor, command));
    }

    @BatchMapping(typeName = EnrollmentView.TYPE, field = "session")
    Map<EnrollmentView, SessionView> session(List<EnrollmentView> of, @ContextValue Actor actor) {
        Map<String, Session> found = enrollments.sessionsOf(actor, enrollmentsOf(of));
        return Batches.byParent(of, EnrollmentView::localId, found.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> SessionView.of(e.getValue()))));
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
