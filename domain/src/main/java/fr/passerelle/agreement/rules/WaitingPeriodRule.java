package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.RuleFinding.Figure;
import fr.passerelle.agreement.rules.RuleFinding.Unit;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.DateRange;
import java.time.LocalDate;
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
    static final Message ARTICLE = Message.of("finding.article.waiting-period");

    /** The wait is a third of the previous internship. */
    static final int WAIT_DIVISOR = 3;

    private WaitingPeriodRule() {
    }

    /** @param previous the previous internship on the same post; null when there is none or it is unknown */
    static RuleFinding check(DateRange internship, PreviousInternship previous) {
        if (previous == null) {
            return new RuleFinding(ID, ARTICLE, Severity.INFO, Message.of("finding.waiting-period.unknown"), List.of());
        }
        if (previous.ending() == PreviousInternship.Ending.INTERRUPTED_BY_INTERN) {
            return new RuleFinding(ID, ARTICLE, Severity.INFO, Message.of("finding.waiting-period.interrupted"),
                    List.of());
        }
        long previousDays = previous.days();
        long waitingDays = previous.waitingDays();
        LocalDate earliestStart = previous.earliestNextStart();
        List<Figure> figures = List.of(new Figure("previousDays", previousDays, Unit.DAYS),
                new Figure("waitingDays", waitingDays, Unit.DAYS));
        if (!internship.start().isBefore(earliestStart)) {
            return new RuleFinding(ID, ARTICLE, Severity.INFO, Message.of("finding.waiting-period.respected",
                    days(previousDays), days(waitingDays), earliestStart), figures);
        }
        if (previous.ending() == PreviousInternship.Ending.INTERRUPTED) {
            // Who ended it was not stated: the wait binds unless the intern did, which a person must check.
            return new RuleFinding(ID, ARTICLE, Severity.WARNING, Message.of(
                    "finding.waiting-period.interrupted-unknown", days(previousDays), days(waitingDays),
                    earliestStart), figures);
        }
        return new RuleFinding(ID, ARTICLE, Severity.BLOCKING, Message.of("finding.waiting-period.not-respected",
                days(previousDays), days(waitingDays), earliestStart), figures);
    }

    /** "1 jour", "2 jours": never below one here, where French and English both take the singular. */
    private static Message days(long count) {
        return count == 1 ? Message.of("finding.count.days.one", count) : Message.of("finding.count.days.many", count);
    }
}
