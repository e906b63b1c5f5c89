package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.ProposedGratification.Hourly;
import fr.passerelle.agreement.rules.RuleFinding.Figure;
import fr.passerelle.agreement.rules.RuleFinding.Unit;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.Money;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

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
 * schedule (this agreement only) does not show. For an internship abroad the French minimum is computed as for one in
 * France; whether it binds a foreign host is not settled, so the engine turns a refusal into a warning there
 * ({@link AbroadGratification}).
 */
final class GratificationRule {

    static final String ID = "GRATIFICATION";
    static final Message ARTICLE = Message.of("finding.article.gratification");

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
        Duration presence = Duration.ofMinutes(internship.totalMinutes());
        Duration threshold = Duration.ofMinutes(THRESHOLD.totalMinutes());
        if (!decisive.exceeds(THRESHOLD)) {
            return new Outcome(finding(Severity.INFO, Message.of("finding.gratification.optional", presence,
                    threshold, MANDATORY_ABOVE_MONTHS), figures), List.of());
        }
        Function<Message, Message> mandatory = why -> Message.of("finding.gratification.mandatory", presence,
                threshold, MANDATORY_ABOVE_MONTHS, why);

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
            String unknown = String.valueOf(yearsWithoutRate.first());
            // No amount at all is a breach whatever the rate; an amount can only be left to a person to compare.
            RuleFinding finding = proposal == null
                    ? finding(Severity.BLOCKING, mandatory.apply(
                            Message.of("finding.gratification.amount-missing-rate-unknown", unknown)), figures)
                    : finding(Severity.WARNING, mandatory.apply(
                            Message.of("finding.gratification.rate-unknown", unknown)), figures);
            return new Outcome(finding, List.of());
        }
        long hourlyMinimum = schedule.stream().mapToLong(m -> m.hourlyMinimum().amountInMinorUnits()).max()
                .orElseThrow();
        figures.add(new Figure("hourlyMinimumCents", hourlyMinimum, Unit.CENTS));
        return new Outcome(checkProposal(proposal, mandatory, hourlyMinimum, schedule, figures), List.copyOf(schedule));
    }

    private static RuleFinding checkProposal(ProposedGratification proposal, Function<Message, Message> mandatory,
                                             long hourlyMinimum, List<MonthlyGratification> schedule,
                                             List<Figure> figures) {
        Money minimumRate = euros(hourlyMinimum);
        if (proposal == null) {
            return finding(Severity.BLOCKING, mandatory.apply(
                    Message.of("finding.gratification.amount-missing", minimumRate)), figures);
        }
        if (!proposal.amount().currency().equals(GratificationRates.EUR)) {
            // The legal minimum is an amount in euros: a mandatory gratification is stated in euros, so that it can
            // be compared with it and paid as the law says (an amount in another currency is refused, not guessed).
            return finding(Severity.BLOCKING, mandatory.apply(Message.of("finding.gratification.other-currency",
                    proposal.amount().currency().getCurrencyCode())), figures);
        }
        long proposed = proposal.amount().amountInMinorUnits();
        figures.add(new Figure("proposedCents", proposed, Unit.CENTS));
        if (proposal instanceof Hourly) {
            if (proposed < hourlyMinimum) {
                return finding(Severity.BLOCKING, mandatory.apply(Message.of("finding.gratification.hourly-below",
                        proposal.amount(), minimumRate)), figures);
            }
            return finding(Severity.INFO, mandatory.apply(Message.of("finding.gratification.hourly-enough",
                    proposal.amount(), minimumRate)), figures);
        }
        List<MonthlyGratification> shortMonths = schedule.stream()
                .filter(m -> m.minimum().amountInMinorUnits() > proposed).toList();
        long highest = schedule.stream().mapToLong(m -> m.minimum().amountInMinorUnits()).max().orElseThrow();
        if (!shortMonths.isEmpty()) {
            figures.add(new Figure("monthsBelowMinimum", shortMonths.size(), Unit.MONTHS));
            return finding(Severity.BLOCKING, mandatory.apply(monthlyBelow(proposal.amount(), shortMonths)), figures);
        }
        return finding(Severity.INFO, mandatory.apply(Message.of("finding.gratification.monthly-enough",
                proposal.amount(), euros(highest))), figures);
    }

    /** The first month the flat amount falls short of, how it is computed, and how many other months fall short. */
    private static Message monthlyBelow(Money proposed, List<MonthlyGratification> shortMonths) {
        MonthlyGratification first = shortMonths.get(0);
        Duration hours = Duration.ofMinutes(first.presentMinutes());
        int others = shortMonths.size() - 1;
        if (others == 0) {
            return Message.of("finding.gratification.monthly-below", proposed, first.minimum(), first.month(), hours,
                    first.hourlyMinimum());
        }
        // At least one other month, where French and English both take the singular for one.
        Message otherMonths = others == 1 ? Message.of("finding.count.other-months.one", others)
                : Message.of("finding.count.other-months.many", others);
        return Message.of("finding.gratification.monthly-below-and-others", proposed, first.minimum(), first.month(),
                hours, first.hourlyMinimum(), otherMonths);
    }

    /** A month's minimum: its minutes at the hourly rate, rounded up to the cent. */
    static MonthlyGratification monthly(YearMonth month, long presentMinutes, Money hourlyMinimum) {
        long cents = GratificationRates.ceilDiv(
                Math.multiplyExact(presentMinutes, hourlyMinimum.amountInMinorUnits()), MINUTES_PER_HOUR);
        return new MonthlyGratification(month, presentMinutes, hourlyMinimum,
                new Money(cents, hourlyMinimum.currency()));
    }

    private static RuleFinding finding(Severity severity, Message message, List<Figure> figures) {
        return new RuleFinding(ID, ARTICLE, severity, message, figures);
    }

    private static Money euros(long cents) {
        return new Money(cents, GratificationRates.EUR);
    }
}
