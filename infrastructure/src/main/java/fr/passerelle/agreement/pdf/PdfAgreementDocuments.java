package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.model.InterruptionInitiative;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.port.out.AgreementDocuments;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.RulesReport;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The agreement, its amendments and the internship certificate as PDF, in French, the legal language of the
 * agreement. The same data always gives the same bytes: the dates recorded in a document are the data's own
 * ({@code updatedAt}, {@code proposedAt}, {@code issuedAt}), never the clock's, because signatures record the hash of
 * the document and a retry renders it again.
 */
@Component
class PdfAgreementDocuments implements AgreementDocuments {

    private static final String AGREEMENT = "Convention de stage";
    private static final String ATTESTATION = "Attestation de stage";
    private static final String INTRODUCTION = "Entre l'établissement d'enseignement, l'organisme d'accueil et le ou "
            + "la stagiaire désignés ci-dessous, il est convenu ce qui suit.";
    private static final String LEGAL_BASIS = "Convention établie en application des articles L124-1 et suivants et "
            + "D124-4 du Code de l'éducation.";
    private static final String PRESENCE_COUNT = "Chaque période d'au moins sept heures de présence, consécutives ou "
            + "non, compte pour un jour, et chaque période d'au moins vingt-deux jours de présence, consécutifs ou non, "
            + "pour un mois (art. D124-6).";
    private static final String AMENDMENT_EFFECT = "Une fois l'avenant signé par toutes les parties, ses clauses "
            + "remplacent en totalité celles de la convention ; les parties restent celles de la convention.";
    private static final String ATTESTATION_BASIS = "Attestation délivrée par l'organisme d'accueil en application "
            + "de l'article D124-9 du Code de l'éducation : elle mentionne la durée effective totale du stage et, le cas "
            + "échéant, le montant total de la gratification versée au ou à la stagiaire.";
    private static final String RETIREMENT = "Un stage gratifié peut être pris en compte dans les droits à la retraite, "
            + "dans la limite de deux trimestres et sous réserve du versement de cotisations, sur demande faite dans les "
            + "deux ans qui suivent la fin du stage (art. L351-17 du code de la sécurité sociale).";
    private static final float STAMP_SPACE = 50f;

    private final ParticularsSource particulars;

    PdfAgreementDocuments(ParticularsSource particulars) {
        this.particulars = particulars;
    }

    /** The version sent for signature: the next one, as the agreement records it once sent. */
    @Override
    public byte[] agreement(Agreement agreement, RulesReport rules) {
        int version = agreement.signing().documentVersion() + 1;
        String reference = AGREEMENT + " " + agreement.id() + ", version " + version;
        DocumentInfo info = new DocumentInfo(AGREEMENT, reference, agreement.parties().school().name(),
                lastChange(agreement), reference);
        return PdfLayout.render(info, layout -> {
            layout.title(AGREEMENT);
            layout.subtitle("Version " + version + " — référence " + agreement.id());
            layout.paragraph(INTRODUCTION);
            PartiesSection.write(layout, agreement.parties(), particulars.of(agreement), agreement.terms().period());
            TermsSection.write(layout, agreement.terms());
            SupervisionSection.write(layout, agreement.parties());
            RulesSection.write(layout, rules);
            CircuitSection.write(layout, agreement.signing().circuit());
            legalMentions(layout, LEGAL_BASIS, PRESENCE_COUNT);
        });
    }

    @Override
    public byte[] amendment(Agreement agreement, Amendment amendment) {
        String title = "Avenant n° " + amendment.number() + " à la convention de stage";
        String reference = "Avenant n° " + amendment.number() + ", convention de stage " + agreement.id();
        DocumentInfo info = new DocumentInfo(title, reference, agreement.parties().school().name(),
                Objects.requireNonNullElse(amendment.proposedAt(), lastChange(agreement)), reference);
        return PdfLayout.render(info, layout -> {
            layout.title(title);
            layout.subtitle(signedVersion(agreement));
            layout.heading("Objet de l'avenant");
            layout.paragraph(FrenchFormat.orNotStated(amendment.reason()));
            layout.paragraph(AMENDMENT_EFFECT);
            PartiesSection.write(layout, agreement.parties(), particulars.of(agreement), amendment.terms().period());
            TermsSection.write(layout, amendment.terms());
            SupervisionSection.write(layout, agreement.parties());
            CircuitSection.write(layout, amendment.signing().circuit());
            legalMentions(layout, LEGAL_BASIS);
        });
    }

    @Override
    public byte[] attestation(Agreement agreement, Attestation attestation) {
        Parties parties = agreement.parties();
        String reference = ATTESTATION + ", convention de stage " + agreement.id();
        DocumentInfo info = new DocumentInfo(ATTESTATION, reference, parties.company().name(),
                attestation.issuedAt(), reference);
        return PdfLayout.render(info, layout -> {
            layout.title(ATTESTATION);
            layout.subtitle(AGREEMENT + " " + agreement.id());
            layout.heading("Les parties");
            layout.field("Organisme d'accueil", PartiesSection.host(parties));
            layout.field(RoleNames.of(SignatoryRole.LEARNER), PartiesSection.describe(parties.learner()));
            layout.field("Établissement d'enseignement", PartiesSection.describe(parties.school()));
            layout.heading("Le stage");
            dates(layout, agreement);
            layout.field("Durée effective de présence", FrenchFormat.hours(attestation.presenceMinutes()) + ", soit "
                    + FrenchFormat.count(attestation.presenceDays(), "jour", "jours") + " de présence de 7 h");
            layout.field("Gratification versée", attestation.gratificationPaid().amountInMinorUnits() == 0
                    ? "aucune" : FrenchFormat.money(attestation.gratificationPaid()) + " au total");
            legalMentions(layout, ATTESTATION_BASIS, PRESENCE_COUNT, RETIREMENT);
            layout.paragraph("Fait le " + FrenchFormat.date(attestation.issuedAt()) + ".");
            layout.field(RoleNames.of(SignatoryRole.COMPANY_SIGNATORY),
                    PartiesSection.describe(parties.companySignatory()) + "\nSignature et cachet :");
            layout.space(STAMP_SPACE);
        });
    }

    /**
     * The dates agreed and, for an internship stopped early, its last day (as the follow-up counts presence to it)
     * and whose initiative it was, when stated.
     */
    private static void dates(PdfLayout layout, Agreement agreement) {
        InternshipPeriod period = agreement.terms().period();
        layout.field("Dates prévues", FrenchFormat.period(period.start(), period.end()));
        if (agreement.status() == AgreementStatus.INTERRUPTED && agreement.updatedAt() != null) {
            layout.field("Interruption", "le " + FrenchFormat.date(agreement.lastDayOfPresence())
                    + initiative(agreement.interruptionInitiative())
                    + (FrenchFormat.isStated(agreement.interruption()) ? " : " + agreement.interruption() : ""));
        }
    }

    private static String initiative(InterruptionInitiative initiative) {
        if (initiative == null) {
            return "";
        }
        return ", à l'initiative " + switch (initiative) {
            case INTERN -> "du stagiaire";
            case HOST -> "de l'organisme d'accueil";
            case SCHOOL -> "de l'établissement d'enseignement";
        };
    }

    private static void legalMentions(PdfLayout layout, String... paragraphs) {
        layout.heading("Mentions légales");
        for (String paragraph : paragraphs) {
            layout.paragraph(paragraph);
        }
    }

    private static String signedVersion(Agreement agreement) {
        int version = agreement.signing().documentVersion();
        return AGREEMENT + " " + agreement.id() + (version > 0 ? ", version " + version + " signée" : "");
    }

    private static Instant lastChange(Agreement agreement) {
        return agreement.updatedAt() != null ? agreement.updatedAt() : agreement.createdAt();
    }
}
