package fr.passerelle.enrollment.contract;

import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.pdf.CircuitSection;
import fr.passerelle.agreement.pdf.DocumentInfo;
import fr.passerelle.agreement.pdf.FrenchFormat;
import fr.passerelle.agreement.pdf.PadesSignedOriginals;
import fr.passerelle.agreement.pdf.PdfLayout;
import fr.passerelle.agreement.pdf.SignedPages;
import fr.passerelle.enrollment.model.ContractKind;
import fr.passerelle.enrollment.model.ContractParticulars;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.model.WithdrawalPeriod;
import fr.passerelle.enrollment.port.out.ContractDocuments;
import fr.passerelle.enrollment.port.out.TrainingAccountGateway;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The training contract (contrat de formation professionnelle, art. L6353-3 to L6353-7 of the Code du travail) or the
 * convention with the employer (art. L6353-1, L6353-2 and D6353-1), in French, with the agreements' layout, circuit
 * section and seal. Every mention the Code requires has its heading, stated from the particulars or, where the law
 * itself sets the rule (withdrawal, advance payment, force majeure), from the law. The same contract gives the same
 * bytes: the date recorded is its own {@code updatedAt}.
 */
@Component
class PdfContractDocuments implements ContractDocuments {

    static final String INDIVIDUAL_TITLE = "Contrat de formation professionnelle";
    static final String COMPANY_TITLE = "Convention de formation professionnelle";
    private static final String INDIVIDUAL_BASIS = "Contrat conclu en application des articles L6353-3 à L6353-7 du "
            + "Code du travail.";
    private static final String COMPANY_BASIS = "Convention conclue en application des articles L6353-1, L6353-2 et "
            + "D6353-1 du Code du travail.";
    private static final String ADVANCE = "Aucune somme ne peut être exigée du stagiaire avant l'expiration du délai de "
            + "rétractation ; il ne peut ensuite être payé, à titre d'acompte, plus de 30 % du prix convenu, le solde "
            + "étant échelonné au fur et à mesure du déroulement de la formation (art. L6353-6).";
    private static final String FORCE_MAJEURE = "Si, par suite de force majeure dûment reconnue, le stagiaire est "
            + "empêché de suivre la formation, il peut rompre le contrat ; seules les prestations effectivement "
            + "dispensées sont alors dues, au prorata temporis de leur valeur prévue au contrat (art. L6353-7).";
    private static final String ABANDONMENT = "En cas d'abandon en cours de formation pour un autre motif, ou de "
            + "cessation anticipée du fait de l'organisme, seules les prestations effectivement dispensées sont dues, "
            + "au prorata temporis ; les sommes versées au-delà sont remboursées au payeur.";

    private final PadesSignedOriginals originals;

    PdfContractDocuments(PadesSignedOriginals originals) {
        this.originals = originals;
    }

    @Override
    public byte[] contract(TrainingContract contract) {
        int version = contract.nextVersion();
        String title = title(contract.kind());
        String reference = reference(contract, version);
        ContractParticulars p = contract.particulars();
        DocumentInfo info = new DocumentInfo(title, reference, p.organisationName(), contract.updatedAt(), reference);
        return PdfLayout.render(info, layout -> {
            layout.title(title);
            layout.subtitle("Version " + version + " — référence " + contract.id());
            parties(layout, contract.kind(), p);
            nature(layout, p);
            layout.heading("Durée et dates");
            layout.field("Durée", p.durationHours() == null ? FrenchFormat.orNotStated(null)
                    : FrenchFormat.count(p.durationHours(), "heure", "heures"));
            layout.field("Période", FrenchFormat.period(p.start(), p.end()));
            layout.field("Effectif concerné", contract.kind() == ContractKind.INDIVIDUAL ? "1 stagiaire"
                    : "1 stagiaire, salarié de l'entreprise");
            layout.heading("Programme et objectifs");
            layout.paragraph(FrenchFormat.orNotStated(p.objectives()));
            layout.heading("Niveau de connaissances préalables requis");
            layout.paragraph(FrenchFormat.isStated(p.prerequisites()) ? p.prerequisites()
                    : "Aucun prérequis n'est exigé pour suivre cette formation.");
            organisation(layout, p);
            layout.heading("Évaluation des acquis et sanction de la formation");
            layout.field("Contrôle des connaissances", FrenchFormat.orNotStated(p.assessmentMethods()));
            layout.field("Sanction", p.certification() != null
                    ? "Certification " + p.certification() + (p.level() == null ? "" : ", niveau " + p.level())
                    + (FrenchFormat.isStated(p.certifyingBody()) ? ", délivrée par " + p.certifyingBody() : "")
                    : "Attestation de fin de formation (art. L6353-1)");
            layout.heading("Formateurs : titres et qualités");
            layout.paragraph(FrenchFormat.orNotStated(p.trainerQualifications()));
            price(layout, contract.kind(), p);
            if (contract.kind() == ContractKind.INDIVIDUAL) {
                withdrawal(layout, p);
            }
            layout.heading("Abandon, force majeure et cessation anticipée");
            layout.paragraph(FORCE_MAJEURE);
            layout.paragraph(ABANDONMENT);
            CircuitSection.write(layout, contract.signing().circuit(), PdfContractDocuments::roleName);
            layout.heading("Mentions légales");
            layout.paragraph(contract.kind() == ContractKind.INDIVIDUAL ? INDIVIDUAL_BASIS : COMPANY_BASIS);
        });
    }

    @Override
    public byte[] signedOriginal(TrainingContract contract, byte[] signedPdf) {
        String contents = contract.kind() == ContractKind.INDIVIDUAL
                ? "le contrat tel que les parties l'ont signé" : "la convention telle que les parties l'ont signée";
        return originals.seal(new SignedPages(reference(contract, contract.signing().documentVersion()), contents,
                contract.signing(), PdfContractDocuments::roleName), signedPdf);
    }

    static String roleName(SignatoryRole role) {
        return switch (role) {
            case LEARNER -> "Stagiaire";
            case LEGAL_REPRESENTATIVE -> "Représentant légal du ou de la stagiaire";
            case COMPANY_SIGNATORY -> "Représentant de l'entreprise";
            case SCHOOL_SIGNATORY -> "Représentant de l'organisme de formation";
            case TUTOR, REFERENT -> throw new IllegalArgumentException("no " + role + " signs a training contract");
        };
    }

    private static void parties(PdfLayout layout, ContractKind kind, ContractParticulars p) {
        layout.heading("Les parties");
        layout.field("Organisme de formation", p.organisationName()
                + (FrenchFormat.isStated(p.organisationAddress()) ? "\n" + p.organisationAddress() : ""));
        if (kind == ContractKind.COMPANY) {
            layout.field("Entreprise", p.companyName());
        }
        layout.field("Stagiaire", p.learnerName());
    }

    private static void nature(PdfLayout layout, ContractParticulars p) {
        layout.heading("Nature et objet de l'action de formation");
        layout.field("Intitulé", p.programmeTitle());
        layout.field("Nature", p.certification() != null
                ? "Action de formation préparant à une certification enregistrée (" + p.certification() + ")"
                : "Action de formation (art. L6313-1 et L6313-2)");
    }

    private static void organisation(PdfLayout layout, ContractParticulars p) {
        layout.heading("Organisation de la formation");
        layout.field("Modalités", p.modalities().isEmpty() ? FrenchFormat.orNotStated(null)
                : p.modalities().stream().map(PdfContractDocuments::modality).collect(Collectors.joining(", ")));
        layout.field("Lieu", p.place() == null ? "à distance" : p.place());
        layout.field("Moyens pédagogiques et techniques", FrenchFormat.orNotStated(p.teachingMethods()));
    }

    private static void price(PdfLayout layout, ContractKind kind, ContractParticulars p) {
        layout.heading("Prix et modalités de paiement");
        layout.field("Prix de la formation", FrenchFormat.money(p.price()));
        layout.field(kind == ContractKind.INDIVIDUAL ? "À la charge du stagiaire" : "À la charge de l'entreprise",
                FrenchFormat.money(p.learnerPart()));
        List<String> funders = p.sources().stream().filter(s -> s != FundingSource.LEARNER)
                .map(PdfContractDocuments::source).sorted().toList();
        if (!funders.isEmpty()) {
            layout.field("Financements", String.join("\n", funders));
        }
        layout.field("Règlement", instalments(p.instalments()));
        if (kind == ContractKind.INDIVIDUAL) {
            layout.paragraph(ADVANCE);
        }
    }

    private static void withdrawal(PdfLayout layout, ContractParticulars p) {
        layout.heading("Délai de rétractation");
        String period = "Le stagiaire peut se rétracter, sans motif et sans frais, dans un délai de "
                + WithdrawalPeriod.INDIVIDUAL_DAYS + " jours calendaires à compter de la signature du contrat, par "
                + "tout écrit adressé à l'organisme. L'article L6353-5 du Code du travail prévoit un délai de dix jours "
                + "(par lettre recommandée avec avis de réception) ; le délai de quatorze jours des contrats conclus à "
                + "distance (Code de la consommation, art. L221-18), plus long, est appliqué.";
        layout.paragraph(period);
        if (p.sources().contains(FundingSource.TRAINING_ACCOUNT)) {
            layout.paragraph("La formation étant financée par le compte personnel de formation, le délai de "
                    + TrainingAccountGateway.WORKING_DAYS_BEFORE_ENTRY + " jours ouvrés de la plateforme Mon Compte "
                    + "Formation s'applique lorsqu'il expire plus tard.");
        }
    }

    private static String instalments(InstalmentOption option) {
        if (option == null || option == InstalmentOption.AT_ONCE) {
            return "en une fois";
        }
        return "en " + option.count() + " mensualités sans frais";
    }

    private static String modality(String code) {
        return switch (code) {
            case "DISTANCE" -> "à distance";
            case "ON_SITE" -> "en présentiel";
            case "BLENDED" -> "mixte (présentiel et distance)";
            default -> code;
        };
    }

    private static String source(FundingSource source) {
        return switch (source) {
            case TRAINING_ACCOUNT -> "Compte personnel de formation (Mon Compte Formation)";
            case FRANCE_TRAVAIL_AIF -> "France Travail — aide individuelle à la formation";
            case FRANCE_TRAVAIL_POEI -> "France Travail — préparation opérationnelle à l'emploi individuelle";
            case FRANCE_TRAVAIL_POEC -> "France Travail — préparation opérationnelle à l'emploi collective";
            case OPCO -> "Opérateur de compétences";
            case REGION -> "Région";
            case EMPLOYER -> "Employeur";
            case LEARNER -> "Stagiaire";
        };
    }

    private static String title(ContractKind kind) {
        return kind == ContractKind.INDIVIDUAL ? INDIVIDUAL_TITLE : COMPANY_TITLE;
    }

    private static String reference(TrainingContract contract, int version) {
        return title(contract.kind()) + " " + contract.id() + ", version " + version;
    }
}
