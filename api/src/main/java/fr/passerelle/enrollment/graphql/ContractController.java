package fr.passerelle.enrollment.graphql;

import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.enrollment.model.ContractParty;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.port.in.ContractSending;
import fr.passerelle.enrollment.port.in.ContractUseCases;
import fr.passerelle.membership.model.Actor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The enrollment's training contract over GraphQL: thin translation to the use cases, which decide who may. */
@Controller
class ContractController {

    /** Gate refusals name the enrollment's condition, not an input field: reported at the top. */
    private static final Set<String> GATES = Set.of("state", "seated", "dossier", "funding");

    private final ContractUseCases contracts;

    ContractController(ContractUseCases contracts) {
        this.contracts = contracts;
    }

    /** {@code EnrollmentContractSendInput}. */
    record SendInput(List<List<ContractParty>> circuit, PersonInput organisationSignatory,
                     PersonInput legalRepresentative, PersonInput companySignatory, String companyName,
                     String trainerQualifications) {
    }

    /** {@code ContractPersonInput}. */
    record PersonInput(String name, String email) {

        static ContractSending.Person of(PersonInput input) {
            return input == null ? null : new ContractSending.Person(input.name(), input.email());
        }
    }

    /** {@code EnrollmentContractSignInput}. */
    record SignInput(String signatoryId, String documentSha256) {
    }

    /** {@code EnrollmentContractPayload}. */
    record ContractPayload(List<UserErrorView> userErrors, TrainingContractView contract) {
    }

    @MutationMapping
    ContractPayload enrollmentContractSend(@Argument String enrollmentId, @Argument Integer expectedVersion,
                                           @Argument SendInput input, @ContextValue Actor actor) {
        String id = GlobalIds.localId(enrollmentId, EnrollmentView.TYPE);
        SendInput given = input != null ? input : new SendInput(null, null, null, null, null, null);
        ContractSending sending = new ContractSending(expectedVersion == null ? null : expectedVersion.longValue(),
                given.circuit(), PersonInput.of(given.organisationSignatory()),
                PersonInput.of(given.legalRepresentative()), PersonInput.of(given.companySignatory()),
                given.companyName(), given.trainerQualifications());
        return run(actor, GATES, () -> contracts.send(actor, id, sending));
    }

    @MutationMapping
    ContractPayload enrollmentContractSign(@Argument String enrollmentId, @Argument SignInput input,
                                           @ContextValue Actor actor) {
        String id = GlobalIds.localId(enrollmentId, EnrollmentView.TYPE);
        return run(actor, Set.of(), () -> contracts.sign(actor, id, input.signatoryId(), input.documentSha256()));
    }

    @BatchMapping(typeName = EnrollmentView.TYPE, field = "contract")
    Map<EnrollmentView, TrainingContractView> contract(List<EnrollmentView> of, @ContextValue Actor actor) {
        Map<String, TrainingContract> found = contracts.findForEnrollments(actor,
                of.stream().map(EnrollmentView::localId).distinct().toList());
        return Batches.byParent(of, EnrollmentView::localId, found.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> TrainingContractView.of(e.getValue(), actor))));
    }

    private static ContractPayload run(Actor actor, Set<String> arguments, Supplier<TrainingContract> useCase) {
        return Mutations.run("input", arguments, useCase, (errors, contract) -> new ContractPayload(errors,
                contract == null ? null : TrainingContractView.of(contract, actor)));
    }
}
