package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.graphql.AgreementInputs.AgreementInput;
import fr.passerelle.agreement.port.in.AgreementUseCases;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.InvalidArgumentException;
import fr.passerelle.company.graphql.CompanyView;
import fr.passerelle.internship.graphql.ApplicationView;
import fr.passerelle.learner.graphql.LearnerView;
import fr.passerelle.membership.model.Actor;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The dry run of drafting an agreement: {@link AgreementUseCases#checkFromApplication} and {@code checkDirect}. */
@Controller
class AgreementCheckController {

    /** The query's own arguments, whose problems are reported at the top rather than under {@code input}. */
    static final Set<String> ARGUMENTS = Set.of("applicationId", "learnerId", "companyId");

    private final AgreementUseCases agreements;
    private final AgreementController views;

    AgreementCheckController(AgreementUseCases agreements, AgreementController views) {
        this.agreements = agreements;
        this.views = views;
    }

    @QueryMapping
    CheckView internshipAgreementCheck(@Argument String applicationId, @Argument String learnerId,
                                       @Argument String companyId, @Argument AgreementInput input,
                                       @ContextValue Actor actor) {
        if ((applicationId == null) == (learnerId == null)) {
            throw new InvalidArgumentException("Give applicationId or learnerId, not both");
        }
        if (applicationId != null && companyId != null) {
            throw new InvalidArgumentException("companyId goes with learnerId; an application names its host");
        }
        var check = applicationId != null
                ? agreements.checkFromApplication(actor, GlobalIds.localId(applicationId, ApplicationView.TYPE),
                        input.draft())
                : agreements.checkDirect(actor, GlobalIds.localId(learnerId, LearnerView.TYPE),
                        companyId == null ? null : GlobalIds.localId(companyId, CompanyView.TYPE), input.draft());
        return CheckView.of(check, ARGUMENTS, agreement -> views.view(agreement, actor));
    }

    /** The dry run of a refused draft, run only when selected; null once created. */
    @SchemaMapping(typeName = "InternshipAgreementCreatePayload")
    CheckView check(CreatePayload payload, @ContextValue Actor actor) {
        return payload.dryRun() == null ? null : CheckView.of(payload.dryRun().get(), AgreementController.ARGUMENTS,
                agreement -> views.view(agreement, actor));
    }

    @SchemaMapping(typeName = "InternshipAgreementCreatePayload")
    List<AgreementView> gratificationsMadeDue(CreatePayload payload, @ContextValue Actor actor) {
        return payload.created() == null ? List.of() : agreements.gratificationsMadeDue(actor, payload.created())
                .stream().map(agreement -> views.view(agreement, actor)).toList();
    }

    /** What the agreement as updated makes due, as for a new one; one read of the intern's agreements, if selected. */
    @SchemaMapping(typeName = "InternshipAgreementUpdatePayload")
    List<AgreementView> gratificationsMadeDue(AgreementController.AgreementPayload payload,
                                              @ContextValue Actor actor) {
        return payload.agreement() == null ? List.of()
                : agreements.gratificationsMadeDue(actor, payload.agreement().agreement()).stream()
                        .map(agreement -> views.view(agreement, actor)).toList();
    }
}
