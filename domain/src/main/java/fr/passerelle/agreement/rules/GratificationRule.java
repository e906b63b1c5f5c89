package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.ProposedGratification.Hourly;
import fr.passerelle.agreement.rules.RuleFinding.Figure;
import fr.passerelle.agreement.rules.RuleFinding.Unit;
import fr.passerelle.shared.model.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Code de l'éducation, art. L124-6 and D124-8. A gratification is mandatory "lorsque la durée du stage ... au sein
 * d'un même organisme d'accueil est supérieure à deux mois consécutifs ou, au cours d'une même année scolaire ou
 * universitaire, à deux mois consécutifs ou non": when this internship alone, or the learner's presence with the host
 * in one academic year, is over {@value #MANDATORY_ABOVE_MONTHS} months of D124-6, that is over 308 h. "Supérieure"
 * is strict and read to the minute, as the administration does ("à partir de la 309e heure"): 308 h is not mandatory,
 * 308 h 01 is.
 *
 * <p>When mandatory, it is due from the first hour, for each hour of presence, at least at the legal hourly minimum
 * ({@link GratificationRates}), and paid monthly: the expected schedule is each calendar month's present hours at that
 * month's rate. The agreement's stated gratification must reach it: an hourly rate at least every month's rate, a
 * flat monthly amount at least every month's minimum. A missing or lower amount blocks.
 *
 * <p>Not covered: a branch agreement may set a higher minimum (the caller's rates then); when a new agreement makes
 * gratification mandatory, the learner's earlier agreements with the host in the year become due too, which this
 * schedule (this agreement only) does not show. For an internship abroad the French minimum is applied as for one in
 * France; whether it binds a foreign host is not settled by the texts read here.
 */
final class GratificationRule {

    static final String ID = "GRATIFICATION";
    static final String ARTICLE = "Code de l'éducation, art. L124-6 et D124-8";

    /** Mandatory above two months (L124-6). */
    static final int MANDATORY_ABOVE_MONTHS = 2;
    /** 308 h: {@value #MANDATORY_ABOVE_MONTHS} months of 22 days of 7 hours. */
    static final Presence THRESHOLD = Presence.ofMonths(MANDATORY_ABOVE_MONTHS);

    private static final int MINUTES_PER_HOUR = 60;

    private GratificationRule() {
    }

    /** The finding, and the minimum due month by month (empty when not mandatory or not computable). */
    record Outcome(RuleFinding finding, List<MonthlyGratification> schedule) {
    }

    /**
     * @param internship            this internship's duration
     * @param hostPresenceByYear    the learner's presence with the host in each academic year of the internship,
     *                              this internship's part included
     * @param presentMinutesByMonth this internship's present minutes in each of its calendar months
     * @param proposal              the gratification the agreement states, null when it states none
     */
    static Outcome check(Presence internship, SortedMap<AcademicYear, Presence> hostPresenceByYear,
                         SortedMap<YearMonth, Long> presentMinutesByMonth, ProposedGratification proposal,
                         GratificationRates rates) {
        Presence decisive = internship;
        for (Presence year : hostPresenceByYear.values()) {
            if (year.exceeds(decisive)) {
                decisive = year;
            }
        }
        // The other agreements may be another school's: only this one's presence is told, and the verdict.
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("presenceMinutes", internship.totalMinutes(), Unit.MINUTES),
                new Figure("thresholdMinutes", THRESHOLD.totalMinutes(), Unit.MINUTES)));
        String presence = French.hours(internship.totalMinutes()) + " de présence prévues par cette convention";
        String threshold = French.hours(THRESHOLD.totalMinutes()) + " (" + MANDATORY_ABOVE_MONTHS + " mois)";
        String others = " chez cet organisme dans l'année d'enseignement, éventuels autres stages compris";
        if (!decisive.exceeds(THRESHOLD)) {
            return new Outcome(finding(Severity.INFO, "Gratification facultative : " + presence + ", pas plus de "
                    + threshold + others + ".", figures), List.of());
        }
        String mandatory = "Gratification obligatoire dès la première heure : " + presence + ", plus de "
                + threshold + others;

        SortedSet<Integer> yearsWithoutRate = new TreeSet<>();
        List<MonthlyGratification> schedule = new ArrayList<>();
        for (Map.Entry<YearMonth, Long> month : presentMinutesByMonth.entrySet()) {
            Optional<Money> rate = rates.hourlyMinimum(month.getKey().getYear());
            if (rate.isEmpty()) {
                yearsWithoutRate.add(month.getKey().getYear());
            } else {
                schedule.add(monthly(month.getKey(), month.getValue(), rate.get()));
            }
        }
        if (!yearsWithoutRate.isEmpty()) {
            String unknown = "le minimum horaire légal de " + yearsWithoutRate.first() + " n'est pas connu";
            // No amount at all is a breach whatever the rate; an amount can only be left to a person to compare.
            RuleFinding finding = proposal == null
                    ? finding(Severity.BLOCKING, mandatory + " ; la convention doit en fixer le montant (" + unknown
                            + ").", figures)
                    : finding(Severity.WARNING, mandatory + " ; " + unknown + " : montants à vérifier.", figures);
            return new Outcome(finding, List.of());
        }
        long hourlyMinimum = schedule.stream().mapToLong(m -> m.hourlyMinimum().amountInMinorUnits()).max()
                .orElseThrow();
        figures.add(new Figure("hourlyMinimumCents", hourlyMinimum, Unit.CENTS));
        return new Outcome(checkProposal(proposal, mandatory, hourlyMinimum, schedule, figures), List.copyOf(schedule));
    }

    private static RuleFinding checkProposal(ProposedGratification proposal, String mandatory, long hourlyMinimum,
                                             List<MonthlyGratification> schedule, List<Figure> figures) {
        String minimumRate = French.euros(hourlyMinimum) + " par heure de présence";
        if (proposal == null) {
            return finding(Severity.BLOCKING, mandatory + " ; la convention doit en fixer le montant, au moins "
                    + minimumRate + ".", figures);
        }
        if (!proposal.amount().currency().equals(GratificationRates.EUR)) {
            return finding(Severity.WARNING, mandatory + " ; le montant proposé, en "
                    + proposal.amount().currency().getCurrencyCode()
                    + ", n'a pas été comparé au minimum légal en euros.", figures);
        }
        long proposed = proposal.amount().amountInMinorUnits();
        figures.add(new Figure("proposedCents", proposed, Unit.CENTS));
        if (proposal instanceof Hourly) {
            if (proposed < hourlyMinimum) {
                return finding(Severity.BLOCKING, mandatory + " ; " + French.euros(proposed) + " par heure proposés, "
                        + "en dessous du minimum légal de " + minimumRate + ".", figures);
            }
            return finding(Severity.INFO, mandatory + " ; " + French.euros(proposed) + " par heure proposés, au moins "
                    + "le minimum légal de " + minimumRate + ".", figures);
        }
        List<MonthlyGratification> shortMonths = schedule.stream()
                .filter(m -> m.minimum().amountInMinorUnits() > proposed).toList();
        long highest = schedule.stream().mapToLong(m -> m.minimum().amountInMinorUnits()).max().orElseThrow();
        if (!shortMonths.isEmpty()) {
            MonthlyGratification first = shortMonths.get(0);
            int others = shortMonths.size() - 1;
            figures.add(new Figure("monthsBelowMinimum", shortMonths.size(), Unit.MONTHS));
            return finding(Severity.BLOCKING, mandatory + " ; " + French.euros(proposed) + " par mois proposés, en "
                    + "dessous du minimum de " + French.euros(first.minimum().amountInMinorUnits()) + " dû pour "
                    + French.month(first.month()) + " (" + French.hours(first.presentMinutes()) + " à "
                    + French.euros(first.hourlyMinimum().amountInMinorUnits()) + ")"
                    + (others > 0 ? " et pour " + French.plural(others, "autre mois", "autres mois") : "") + ".",
                    figures);
        }
        return finding(Severity.INFO, mandatory + " ; " + French.euros(proposed) + " par mois proposés, au moins le "
                + "minimum de chaque mois (" + French.euros(highest) + " au plus).", figures);
    }

    /** A month's minimum: its minutes at the hourly rate, rounded up to the cent. */
    static MonthlyGratification monthly(YearMonth month, long presentMinutes, Money hourlyMinimum) {
        long cents = GratificationRates.ceilDiv(
                Math.multiplyExact(presentMinutes, hourlyMinimum.amountInMinorUnits()), MINUTES_PER_HOUR);
        return new MonthlyGratification(month, presentMinutes, hourlyMinimum,
                new Money(cents, hourlyMinimum.currency()));
    }

    private static RuleFinding finding(Severity severity, String message, List<Figure> figures) {
        return new RuleFinding(ID, ARTICLE, severity, message, figures);
    }
}
