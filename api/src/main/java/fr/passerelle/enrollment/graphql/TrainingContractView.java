package fr.passerelle.enrollment.graphql;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.Signature;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.agreement.service.AgreementAccess;
import fr.passerelle.enrollment.model.ContractKind;
import fr.passerelle.enrollment.model.ContractParty;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.service.EnrollmentAccess;
import fr.passerelle.membership.model.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * GraphQL {@code TrainingContract}, as one reader sees it: the signatories' names for the school's staff and the
 * learner only (another signatory, such as the company's representative, sees where the signing stands, not who).
 */
record TrainingContractView(ContractKind kind, String state, int version, String documentSha256,
                            List<SignatoryView> signatories, Instant sentAt, Instant signedAt,
                            LocalDate withdrawalEndsOn, String documentUrl) {

    /** GraphQL {@code TrainingContractSignatory}. */
    record SignatoryView(String id, ContractParty party, SignatoryRole role, int step, String name, boolean awaited,
                         Instant signedAt, SignatureMethod method, boolean viewerSigns) {
    }

    static TrainingContractView of(TrainingContract contract, Actor reader) {
        boolean names = EnrollmentAccess.mayReadSchool(reader, contract.schoolId())
                || contract.signing().circuit().signatory(ContractParty.LEARNER.signatoryId())
                .filter(learner -> AgreementAccess.signsAs(reader, learner)).isPresent();
        Map<String, Signature> signed = contract.signing().currentSignatures().stream()
                .collect(Collectors.toMap(Signature::signatoryId, Function.identity(), (a, b) -> a));
        Set<String> awaited = contract.signing().awaiting().stream().map(Signatory::id).collect(Collectors.toSet());
        List<SignatoryView> signatories = new ArrayList<>();
        List<SigningCircuit.Step> steps = contract.signing().circuit().steps();
        for (int i = 0; i < steps.size(); i++) {
            for (Signatory signatory : steps.get(i).signatories()) {
                Signature signature = signed.get(signatory.id());
                signatories.add(new SignatoryView(signatory.id(),
                        ContractParty.valueOf(signatory.id().toUpperCase(Locale.ROOT)), signatory.role(), i + 1,
                        names ? signatory.name() : null, awaited.contains(signatory.id()),
                        signature == null ? null : signature.signedAt(),
                        signature == null ? null : signature.method(), AgreementAccess.signsAs(reader, signatory)));
            }
        }
        return new TrainingContractView(contract.kind(), contract.signed() ? "SIGNED" : "SENT",
                contract.signing().documentVersion(), contract.signing().documentSha256(), signatories,
                contract.sentAt(), contract.signedAt(), contract.withdrawalEndsOn(),
                TrainingContract.documentPath(contract.enrollmentId()));
    }
}
