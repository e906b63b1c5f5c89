package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.graphql.AgreementInputs.AgreementInput;
import fr.passerelle.agreement.graphql.AgreementInputs.DelegateInput;
import fr.passerelle.agreement.graphql.AgreementInputs.TermsInput;
import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.InterruptionInitiative;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.TermDivergence;
import fr.passerelle.agreement.port.in.AgreementUseCases;
import fr.passerelle.agreement.port.in.DraftCheck;
import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.company.graphql.CompanyView;
import fr.passerelle.internship.graphql.ApplicationView;
import fr.passerelle.learner.graphql.LearnerView;
import fr.passerelle.membership.model.Actor;
import graphql.relay.Connection;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Internship agreements over GraphQL: a thin translation to {@link AgreementUseCases}, which decides who may do
 * what. Documents travel over REST ({@code AgreementDocumentController}); their addresses are fields here.
 */
@Controller
class AgreementController implements NodeLoader {

    private static final String NEWEST_FIRST = "agreements:created-desc";
    /** The mutation's own arguments, reported at the top rather than under {@code input}. */
    static final Set<String> ARGUMENTS = Set.of("applicationId", "learnerId", "companyId",
            "expectedVersion", "signatoryId", "documentSha256", "amendmentId", "status", "lastDay");

    private final AgreementUseCases agreements;

    AgreementController(AgreementUseCases agreements) {
        this.agreements = agreements;
    }

    @QueryMapping
    Connection<AgreementView> internshipAgreements(@Arguments PageArguments page, @Argument List<AgreementStatus> statuses,
                                @Argument String learnerId, @ContextValue Actor actor) {
        var connection = page.orderedBy(NEWEST_FIRST);
        String learner = learnerId == null ? null : GlobalIds.localId(learnerId, LearnerView.TYPE);
        return connection.connection(agreements.list(actor, statuses == null ? Set.of() : Set.copyOf(statuses),
                learner, connection.paging()), a -> view(a, actor));
    }

    /** A page of agreements with their reports costs two reads of the agreements around them, not two per item. */
    @BatchMapping(typeName = AgreementView.TYPE)
    Map<AgreementView, RulesReportView> rules(List<AgreementView> listed) {
        Map<String, RulesReportView> byId = new HashMap<>();
        agreements.rules(listed.stream().map(AgreementView::agreement).distinct().toList())
                .forEach((id, report) -> byId.put(id, RulesReportView.of(report)));
        return Batches.byParent(listed, AgreementView::localId, byId);
    }

    /** The divergences from the accepted offers of a whole page of agreements, in a constant number of reads. */
    @BatchMapping(typeName = AgreementView.TYPE)
    Map<AgreementView, List<TermDivergence>> divergences(List<AgreementView> listed, @ContextValue Actor actor) {
        Map<String, List<TermDivergence>> byId = agreements.divergences(actor,
                listed.stream().map(AgreementView::agreement).distinct().toList());
        Map<AgreementView, List<TermDivergence>> result = new HashMap<>();
        listed.forEach(agreement -> result.put(agreement, byId.getOrDefault(agreement.localId(), List.of())));
        return result;
    }

    @SchemaMapping(typeName = AgreementView.TYPE)
    boolean viewerActsForSchool(AgreementView agreement, @ContextValue Actor actor) {
        return agreements.actsForSchool(actor, agreement.agreement());
    }

    @MutationMapping
    CreatePayload internshipAgreementCreate(@Argument String applicationId, @Argument AgreementInput input,
                                            @ContextValue Actor actor) {
        String application = GlobalIds.localId(applicationId, ApplicationView.TYPE);
        // The draft is read inside the mutation: an input it refuses (a weekday twice…) is a user error.
        return create(actor, () -> agreements.createFromApplication(actor, application, input.draft()),
                () -> agreements.checkFromApplication(actor, application, input.draft()));
    }

    @MutationMapping
    CreatePayload internshipAgreementCreateDirect(@Argument String learnerId, @Argument String companyId,
                                                  @Argument AgreementInput input, @ContextValue Actor actor) {
        String learner = GlobalIds.localId(learnerId, LearnerView.TYPE);
        String company = companyId == null ? null : GlobalIds.localId(companyId, CompanyView.TYPE);
        return create(actor, () -> agreements.createDirect(actor, learner, company, input.draft()),
                () -> agreements.checkDirect(actor, learner, company, input.draft()));
    }

    /** A creation's payload: on refusal, the dry run of the same draft for whoever selects {@code check}. */
    private CreatePayload create(Actor actor, Supplier<Agreement> useCase, Supplier<DraftCheck> dryRun) {
        return Mutations.run("input", ARGUMENTS, useCase, (errors, agreement) -> agreement == null
                ? new CreatePayload(errors, null, null, dryRun)
                : new CreatePayload(errors, view(agreement, actor), agreement, null));
    }

    @MutationMapping
    AgreementPayload internshipAgreementUpdate(@Argument String id, @Argument AgreementInput input,
                                               @Argument Long expectedVersion, @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run("input", actor, () -> agreements.edit(actor, agreementId, expectedVersion, input.draft()));
    }

    @MutationMapping
    AgreementPayload internshipAgreementSubmit(@Argument String id, @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run(null, actor, () -> agreements.submit(actor, agreementId));
    }

    @MutationMapping
    AgreementPayload internshipAgreementReturnToDraft(@Argument String id, @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run(null, actor, () -> agreements.returnToDraft(actor, agreementId));
    }

    @MutationMapping
    AgreementPayload internshipAgreementSendForSignature(@Argument String id, @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run(null, actor, () -> agreements.sendForSignature(actor, agreementId));
    }

    @MutationMapping
    AgreementPayload internshipAgreementSign(@Argument String id, @Argument String signatoryId,
                                             @Argument String documentSha256, @Argument String amendmentId,
                                             @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run(null, actor, () -> agreements.sign(actor, agreementId, amendmentId, signatoryId, documentSha256));
    }

    @MutationMapping
    AgreementPayload internshipAgreementDelegate(@Argument String id, @Argument String signatoryId,
                                                 @Argument DelegateInput input, @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run("input", actor, () -> agreements.delegate(actor, agreementId, signatoryId,
                new Signatory.Delegate(input.name(), AgreementInputs.text(input.email()), null, input.reason())));
    }

    @MutationMapping
    AgreementPayload internshipAgreementStart(@Argument String id, @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run(null, actor, () -> agreements.start(actor, agreementId));
    }

    @MutationMapping
    AgreementPayload internshipAgreementComplete(@Argument String id, @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run(null, actor, () -> agreements.complete(actor, agreementId));
    }

    @MutationMapping
    AgreementPayload internshipAgreementInterrupt(@Argument String id, @Argument String reason,
                                                  @Argument LocalDate lastDay,
                                                  @Argument InterruptionInitiative initiative,
                                                  @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run(null, actor, () -> agreements.interrupt(actor, agreementId, reason, lastDay, initiative));
    }

    @MutationMapping
    AgreementPayload internshipAgreementCancel(@Argument String id, @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run(null, actor, () -> agreements.cancel(actor, agreementId));
    }

    @MutationMapping
    AgreementPayload internshipAgreementAmendmentPropose(@Argument String id, @Argument String reason,
                                                         @Argument TermsInput terms, @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run(null, actor, () -> agreements.proposeAmendment(actor, agreementId, reason, terms.draft()));
    }

    @MutationMapping
    AgreementPayload internshipAgreementAmendmentWithdraw(@Argument String id, @Argument String amendmentId,
                                                          @ContextValue Actor actor) {
        String agreementId = localId(id);
        return run(null, actor, () -> agreements.withdrawAmendment(actor, agreementId, amendmentId));
    }

    @Override
    public String type() {
        return AgreementView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(agreements.findAll(actor, localIds), a -> view(a, actor));
    }

    AgreementView view(Agreement agreement, Actor actor) {
        return AgreementView.of(agreement, signatory -> agreements.signsAs(actor, signatory));
    }

    private AgreementPayload run(String root, Actor actor, Supplier<Agreement> useCase) {
        return Mutations.run(root, ARGUMENTS, useCase,
                (errors, agreement) -> new AgreementPayload(errors, agreement == null ? null : view(agreement, actor)));
    }

    static String localId(String globalId) {
        return GlobalIds.localId(globalId, AgreementView.TYPE);
    }

    /** {@code InternshipAgreement…Payload}. */
    record AgreementPayload(List<UserErrorView> userErrors, AgreementView agreement) {
    }
}
