package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.ProposedGratification;
import java.util.List;

/**
 * Every clause of the terms (art. D124-4), in full. The agreement and each amendment print their terms with this one
 * writer, so that an amendment reads exactly like the agreement it replaces.
 */
final class TermsSection {

    private TermsSection() {
    }

    static void write(PdfLayout layout, AgreementTerms terms) {
        layout.heading("Activités confiées");
        layout.paragraph(FrenchFormat.orNotStated(terms.activities()));
        layout.heading("Compétences à acquérir ou à développer");
        list(layout, terms.skillsToAcquire());
        dates(layout, terms);
        ScheduleSection.write(layout, terms.period(), terms.nightPresence(), terms.sundayPresence());
        layout.heading("Gratification");
        layout.field("Montant", gratification(terms.gratification()));
        layout.field("Modalités de versement", FrenchFormat.orNotStated(terms.paymentTerms()));
        clause(layout, "Avantages", terms.benefits());
        clause(layout, "Protection sociale", terms.socialProtection());
        clause(layout, "Congés et autorisations d'absence", terms.leaveAndAbsence());
        clause(layout, "Suspension et résiliation", terms.suspensionAndTermination());
        clause(layout, "Évaluation du stage", terms.evaluation());
    }

    private static void dates(PdfLayout layout, AgreementTerms terms) {
        InternshipPeriod period = terms.period();
        layout.heading("Dates et lieux du stage");
        layout.field("Période", FrenchFormat.period(period.start(), period.end()));
        layout.field("Pays", FrenchFormat.country(period.country()));
        layout.field("Lieux", terms.workplaces().isEmpty() ? FrenchFormat.orNotStated(null)
                : String.join("\n", terms.workplaces()));
    }

    /** "4,50 € par heure de présence", "700,00 € par mois". */
    private static String gratification(ProposedGratification gratification) {
        if (gratification == null) {
            return "Aucune gratification n'est prévue.";
        }
        String amount = FrenchFormat.money(gratification.amount());
        return gratification instanceof ProposedGratification.Hourly
                ? amount + " par heure de présence"
                : amount + " par mois, montant forfaitaire";
    }

    private static void clause(PdfLayout layout, String title, String text) {
        layout.heading(title);
        layout.paragraph(FrenchFormat.orNotStated(text));
    }

    private static void list(PdfLayout layout, List<String> items) {
        if (items.isEmpty()) {
            layout.paragraph(FrenchFormat.orNotStated(null));
        }
        items.forEach(layout::bullet);
    }
}
