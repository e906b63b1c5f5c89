package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.RuleFinding.Figure;
import fr.passerelle.agreement.rules.RuleFinding.Unit;
import fr.passerelle.shared.model.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Code de l'éducation, art. L124-11: "L'accueil successif de stagiaires, au titre de conventions de stage différentes,
 * pour effectuer des stages dans un même poste n'est possible qu'à l'expiration d'un délai de carence égal au tiers de
 * la durée du stage précédent. Cette disposition n'est pas applicable lorsque ce stage précédent a été interrompu avant
 * son terme à l'initiative du stagiaire."
 *
 * <p>Reading: the text does not say how that duration is measured. The calendar duration of the previous internship
 * is used (first to last day, both included), as service-public.fr's example does (six months, two months' wait),
 * and its third is rounded up to a whole day so that the wait is never shorter than the law's. The wait runs from the
 * day after the previous internship ended; the new one may start the day after the wait.
 */
final class WaitingPeriodRule {

    static final String ID = "WAITING_PERIOD";
    static final String ARTICLE = "Code de l'éducation, art. L124-11";

    /** The wait is a third of the previous internship. */
    static final int WAIT_DIVISOR = 3;

    private WaitingPeriodRule() {
    }

    /** @param previous the previous internship on the same post; null when there is none or it is unknown */
    static RuleFinding check(DateRange internship, PreviousInternship previous) {
        if (previous == null) {
            return new RuleFinding(ID, ARTICLE, Severity.INFO,
                    "Aucun stage précédent connu sur ce poste : délai de carence non vérifié.", List.of());
        }
        if (previous.interruptedByIntern()) {
            return new RuleFinding(ID, ARTICLE, Severity.INFO, "Le stage précédent sur ce poste a été interrompu à "
                    + "l'initiative du stagiaire : pas de délai de carence.", List.of());
        }
        long previousDays = ChronoUnit.DAYS.between(previous.period().start(), previous.period().end()) + 1;
        long waitingDays = GratificationRates.ceilDiv(previousDays, WAIT_DIVISOR);
        LocalDate earliestStart = previous.period().end().plusDays(waitingDays + 1);
        List<Figure> figures = List.of(new Figure("previousDays", previousDays, Unit.DAYS),
                new Figure("waitingDays", waitingDays, Unit.DAYS));
        String reason = "le stage précédent sur ce poste (" + French.plural(previousDays, "jour", "jours")
                + ") impose " + French.plural(waitingDays, "jour", "jours")
                + " de carence, soit un début au plus tôt le " + French.date(earliestStart);
        if (internship.start().isBefore(earliestStart)) {
            return new RuleFinding(ID, ARTICLE, Severity.BLOCKING, "Délai de carence non respecté : " + reason
                    + ".", figures);
        }
        return new RuleFinding(ID, ARTICLE, Severity.INFO, "Délai de carence respecté : " + reason + ".", figures);
    }
}
