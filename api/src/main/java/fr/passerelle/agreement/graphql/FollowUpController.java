package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.graphql.AgreementInputs.ItemInput;
import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.FollowUpKind;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.port.in.FollowUpUseCases;
import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.MoneyInput;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The follow-up of signed internships over GraphQL; the tutor's evaluation forms travel over REST
 * ({@code EvaluationFormController}), since the tutor may have no account. A page of agreements reads its
 * follow-ups in one batch.
 */
@Controller
class FollowUpController {

    private static final Set<String> ARGUMENTS = Set.of("agreementId", "kind", "objectives", "summary", "credits",
            "gratificationPaid");

    private final FollowUpUseCases followUps;
    private final Clock clock;

    FollowUpController(FollowUpUseCases followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @BatchMapping(typeName = AgreementView.TYPE)
    Map<AgreementView, FollowUpView> followUp(List<AgreementView> agreements, @ContextValue Actor actor) {
        Map<String, InternshipFollowUp> byId = followUps.findAll(actor,
                agreements.stream().map(AgreementView::localId).distinct().toList());
        Map<String, FollowUpView> views = new HashMap<>();
        byId.forEach((id, followUp) -> views.put(id, view(followUp)));
        return Batches.byParent(agreements, AgreementView::localId, views);
    }

    @MutationMapping
    FollowUpPayload internshipFollowUpItemUpdate(@Argument String agreementId, @Argument FollowUpKind kind,
                                                 @Argument ItemInput input, @ContextValue Actor actor) {
        String id = AgreementController.localId(agreementId);
        return run("input", () -> followUps.updateItem(actor, id, kind, new FollowUpUseCases.ItemUpdate(
                input.status(), input.dueOn(), input.doneOn(), input.notes())));
    }

    @MutationMapping
    FollowUpPayload internshipObjectivesSet(@Argument String agreementId, @Argument List<String> objectives,
                                            @ContextValue Actor actor) {
        String id = AgreementController.localId(agreementId);
        return run(null, () -> followUps.setObjectives(actor, id, objectives));
    }

    @MutationMapping
    LinkPayload evaluationLinkIssue(@Argument String agreementId, @Argument EvaluationKind kind,
                                    @ContextValue Actor actor) {
        String id = AgreementController.localId(agreementId);
        return Mutations.run(null, ARGUMENTS, () -> followUps.issueEvaluationLink(actor, id, kind),
                (errors, issued) -> issued == null ? new LinkPayload(errors, null, null, null)
                        : issued.alreadyIssued() != null ? new LinkPayload(errors, view(issued.followUp()), null,
                        FollowUpView.EvaluationView.of(issued.followUp().evaluation(kind)).link())
                        : new LinkPayload(errors, view(issued.followUp()), new LinkView(issued.token(),
                        issued.url(), issued.expiresAt(), issued.mailed()), null));
    }

    @MutationMapping
    FollowUpPayload evaluationLinkRevoke(@Argument String agreementId, @Argument EvaluationKind kind,
                                         @ContextValue Actor actor) {
        String id = AgreementController.localId(agreementId);
        return run(null, () -> followUps.revokeEvaluationLink(actor, id, kind));
    }

    @MutationMapping
    FollowUpPayload internshipReportSubmit(@Argument String agreementId, @Argument String summary,
                                           @ContextValue Actor actor) {
        String id = AgreementController.localId(agreementId);
        return run(null, () -> followUps.submitReport(actor, id, summary));
    }

    @MutationMapping
    FollowUpPayload internshipReportCosign(@Argument String agreementId, @ContextValue Actor actor) {
        String id = AgreementController.localId(agreementId);
        return run(null, () -> followUps.cosignReport(actor, id));
    }

    @MutationMapping
    FollowUpPayload internshipEctsValidate(@Argument String agreementId, @Argument int credits,
                                           @ContextValue Actor actor) {
        String id = AgreementController.localId(agreementId);
        return run(null, () -> followUps.validateEcts(actor, id, credits));
    }

    @MutationMapping
    FollowUpPayload internshipAttestationIssue(@Argument String agreementId, @Argument MoneyInput gratificationPaid,
                                               @ContextValue Actor actor) {
        String id = AgreementController.localId(agreementId);
        return run(null, () -> followUps.issueAttestation(actor, id, MoneyInput.toMoney(gratificationPaid)));
    }

    private FollowUpView view(InternshipFollowUp followUp) {
        return FollowUpView.of(followUp, PlatformCalendar.today(clock));
    }

    private FollowUpPayload run(String root, Supplier<InternshipFollowUp> useCase) {
        return Mutations.run(root, ARGUMENTS, useCase,
                (errors, followUp) -> new FollowUpPayload(errors, followUp == null ? null : view(followUp)));
    }

    /** {@code InternshipFollowUpPayload}. */
    record FollowUpPayload(List<UserErrorView> userErrors, FollowUpView followUp) {
    }

    /** {@code EvaluationLinkIssuePayload}. */
    /** {@code EvaluationLinkIssuePayload}: either {@code link} (just issued) or {@code alreadyIssued} (kept). */
    record LinkPayload(List<UserErrorView> userErrors, FollowUpView followUp, LinkView link,
                       FollowUpView.LinkView alreadyIssued) {
    }

    /** {@code IssuedEvaluationLink}. */
    record LinkView(String token, String url, Instant expiresAt, boolean mailed) {
    }
}
