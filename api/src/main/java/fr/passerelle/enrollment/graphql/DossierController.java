package fr.passerelle.enrollment.graphql;

import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.model.DossierRejectReason;
import fr.passerelle.enrollment.port.in.DossierUseCases;
import fr.passerelle.membership.model.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The enrollment's dossier over GraphQL: thin translation to the use cases, which decide who may. */
@Controller
class DossierController {

    private static final Set<String> ARGUMENTS = Set.of("enrollmentId", "kind", ExpectedVersion.ARGUMENT);

    private final DossierUseCases dossiers;

    DossierController(DossierUseCases dossiers) {
        this.dossiers = dossiers;
    }

    /** {@code EnrollmentDocumentAcceptInput}. */
    record AcceptInput(LocalDate expiresOn) {
    }

    /** {@code EnrollmentDocumentRejectInput}. */
    record RejectInput(DossierRejectReason reason, String comment) {
    }

    /** {@code EnrollmentDocumentAcceptPayload} and {@code EnrollmentDocumentRejectPayload}. */
    record DocumentPayload(List<UserErrorView> userErrors, DossierView.ItemView document) {
    }

    /** The dossiers of a page of enrollments, their documents read at once. */
    @BatchMapping(typeName = EnrollmentView.TYPE, field = "dossier")
    Map<EnrollmentView, DossierView> dossier(List<EnrollmentView> enrollments, @ContextValue Actor actor) {
        Map<String, DossierUseCases.Dossier> found = dossiers.dossiers(actor, enrollments.stream()
                .map(EnrollmentView::enrollment).toList());
        Map<EnrollmentView, DossierView> views = new LinkedHashMap<>();
        enrollments.forEach(view -> {
            DossierUseCases.Dossier dossier = found.get(view.localId());
            if (dossier != null) {
                views.put(view, DossierView.of(view.id(), dossier));
            }
        });
        return views;
    }

    @MutationMapping
    DocumentPayload enrollmentDocumentAccept(@Argument String enrollmentId, @Argument DossierDocumentKind kind,
                                             @Argument AcceptInput input, @Argument Long expectedVersion,
                                             @ContextValue Actor actor) {
        String local = GlobalIds.localId(enrollmentId, EnrollmentView.TYPE);
        return run(enrollmentId, () -> dossiers.accept(actor, local, kind, input.expiresOn(), expectedVersion));
    }

    @MutationMapping
    DocumentPayload enrollmentDocumentReject(@Argument String enrollmentId, @Argument DossierDocumentKind kind,
                                             @Argument RejectInput input, @Argument Long expectedVersion,
                                             @ContextValue Actor actor) {
        String local = GlobalIds.localId(enrollmentId, EnrollmentView.TYPE);
        return run(enrollmentId, () -> dossiers.reject(actor, local, kind, input.reason(), input.comment(),
                expectedVersion));
    }

    private static DocumentPayload run(String enrollmentId, Supplier<DossierDocument> useCase) {
        return Mutations.run("input", ARGUMENTS, useCase, (errors, document) -> new DocumentPayload(errors,
                document == null ? null : DossierView.ItemView.of(enrollmentId, document)));
    }
}
