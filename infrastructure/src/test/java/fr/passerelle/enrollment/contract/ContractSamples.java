package fr.passerelle.enrollment.contract;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.enrollment.model.ContractKind;
import fr.passerelle.enrollment.model.ContractParticulars;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Training contracts as the service makes them, for the adapters' tests. */
public final class ContractSamples {

    public static final Instant SENT_AT = Instant.parse("2026-06-05T08:00:00Z");

    private ContractSamples() {
    }

    public static TrainingContract unsent(String id, ContractKind kind) {
        Set<FundingSource> sources = kind == ContractKind.INDIVIDUAL
                ? Set.of(FundingSource.TRAINING_ACCOUNT, FundingSource.LEARNER) : Set.of(FundingSource.EMPLOYER);
        ContractParticulars particulars = new ContractParticulars("MécaFormation Lyon", "12 rue des Ateliers, 69007 Lyon",
                "Léa Martin", "Coaching premier garage", "RNCP12345", 4, "Ministère du Travail",
                "Ouvrir et gérer son premier garage", "Un CAP de mécanique", 35, List.of("BLENDED"),
                "Ateliers en petits groupes, plateforme en ligne", "Mises en situation notées",
                "Formateurs titulaires d'un BTS et de dix ans de métier", LocalDate.of(2026, 9, 7),
                LocalDate.of(2026, 10, 2), "12 rue des Ateliers, 69007 Lyon", Money.euros(890), Money.euros(100),
                InstalmentOption.THREE, sources, kind == ContractKind.COMPANY ? "Garage du Rhône" : null);
        List<SigningCircuit.Step> steps = new ArrayList<>(List.of(new SigningCircuit.Step(List.of(
                new Signatory("learner", SignatoryRole.LEARNER, "Léa Martin", "lea.martin@mail.test", "sub-lea",
                        null)))));
        if (kind == ContractKind.COMPANY) {
            steps.add(new SigningCircuit.Step(List.of(new Signatory("company", SignatoryRole.COMPANY_SIGNATORY,
                    "Gérard Garage", "gerard@garage.test", null, null))));
        }
        steps.add(new SigningCircuit.Step(List.of(new Signatory("organisation", SignatoryRole.SCHOOL_SIGNATORY,
                "Bruno Méca", "bruno@mecaformation.test", "school-admin-b", null))));
        return TrainingContract.drafted("school-b", id, kind, particulars, new SigningCircuit(steps),
                "school-admin-b", SENT_AT);
    }
}
