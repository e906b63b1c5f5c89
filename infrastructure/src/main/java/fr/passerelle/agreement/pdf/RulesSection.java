package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.rules.MonthlyGratification;
import fr.passerelle.agreement.rules.Presence;
import fr.passerelle.agreement.rules.RuleFinding;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.agreement.rules.Severity;
import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.model.Money;
import java.util.List;

/**
 * What the rules counted and found when the agreement was sent: the presence as art. D124-6 counts it, the minimum
 * gratification due month by month, and each rule's finding with the article it applies. Printed so that the people
 * signing see the figures the platform checked. In French, as the whole document (one text every party signs).
 */
final class RulesSection {

    private RulesSection() {
    }

    static void write(PdfLayout layout, RulesReport rules) {
        presence(layout, rules.presence());
        minimumGratification(layout, rules.gratificationSchedule());
        findings(layout, rules.findings());
    }

    private static void presence(PdfLayout layout, Presence presence) {
        layout.heading("Durée de présence comptée (art. D124-6)");
        layout.field("Heures de présence", FrenchFormat.hours(presence.totalMinutes()));
        layout.field("Jours de présence de 7 h", FrenchFormat.count(presence.days(), "jour", "jours")
                + (presence.minutesBeyondDays() == 0 ? "" : " et " + FrenchFormat.hours(presence.minutesBeyondDays())));
        layout.field("Mois de présence de 22 jours", FrenchFormat.count(presence.months(), "mois", "mois")
                + (presence.daysBeyondMonths() == 0 ? ""
                        : " et " + FrenchFormat.count(presence.daysBeyondMonths(), "jour", "jours")));
    }

    private static void minimumGratification(PdfLayout layout, List<MonthlyGratification> months) {
        layout.heading("Gratification minimale due, mois par mois (art. L124-6 et D124-8)");
        if (months.isEmpty()) {
            layout.paragraph("Aucune gratification minimale n'est due, ou elle n'a pas pu être calculée : "
                    + "voir les contrôles ci-dessous.");
            return;
        }
        for (MonthlyGratification month : months) {
            layout.field(FrenchFormat.month(month.month()), FrenchFormat.hours(month.presentMinutes()) + " à "
                    + FrenchFormat.money(month.hourlyMinimum()) + " de l'heure : "
                    + FrenchFormat.money(month.minimum()));
        }
        Money first = months.get(0).minimum();
        long total = months.stream().mapToLong(m -> m.minimum().amountInMinorUnits()).sum();
        layout.field("Total", FrenchFormat.money(new Money(total, first.currency())));
    }

    private static void findings(PdfLayout layout, List<RuleFinding> findings) {
        layout.heading("Contrôles juridiques");
        if (findings.isEmpty()) {
            layout.paragraph("Aucun contrôle n'a été enregistré.");
        }
        for (RuleFinding finding : findings) {
            layout.field(finding.ruleId(), Bundles.render(finding.article(), Language.FR) + " : "
                    + Bundles.render(finding.message(), Language.FR) + " ("
                    + severity(finding.severity()) + ")");
        }
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case BLOCKING -> "bloquant";
            case WARNING -> "à vérifier";
            case INFO -> "pour information";
        };
    }
}
