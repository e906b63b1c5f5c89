package fr.passerelle.agreement.model;

import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.shared.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Compares an agreement's terms with the offer the learner accepted, term by term, so the school sees where what is
 * about to be signed departs from what was accepted. Values are written the same way on both sides (ISO dates,
 * hours and minutes a week, amounts with their currency), so a client can show them side by side.
 */
public final class OfferComparison {

    private OfferComparison() {
    }

    /** Every term that differs, in the order of the agreement's input; empty when the agreement keeps the offer's. */
    public static List<TermDivergence> divergences(AcceptedOffer offer, AgreementTerms terms, Party tutor) {
        List<TermDivergence> found = new ArrayList<>();
        var period = terms.period();
        compare(found, "terms.start", offer.start().toString(), period.start().toString());
        compare(found, "terms.end", offer.end().toString(), period.end().toString());
        compare(found, "terms.weeks", hours(offer.hoursPerWeek() * 60L), hours(averageWeeklyMinutes(terms)));
        compare(found, "terms.gratification", monthly(offer.monthlyStipend()), gratification(terms.gratification()));
        if (offer.workplace() != null && terms.workplaces().stream()
                .noneMatch(place -> place.equalsIgnoreCase(offer.workplace()))) {
            found.add(new TermDivergence("terms.workplaces", offer.workplace(), String.join("; ", terms.workplaces())));
        }
        String tutorEmail = tutor == null ? null : tutor.email();
        if (offer.tutorEmail() != null && (tutorEmail == null || !offer.tutorEmail().equalsIgnoreCase(tutorEmail))) {
            found.add(new TermDivergence("tutor.email", offer.tutorEmail(), tutorEmail));
        }
        return found;
    }

    /** A rotating schedule is compared on its average week, as the offer states one weekly figure. */
    static long averageWeeklyMinutes(AgreementTerms terms) {
        List<WeekPattern> weeks = terms.period().schedule().weeks();
        return weeks.stream().mapToLong(WeekPattern::weeklyMinutes).sum() / Math.max(1, weeks.size());
    }

    private static void compare(List<TermDivergence> found, String field, String offerValue, String agreementValue) {
        if (!Objects.equals(offerValue, agreementValue)) {
            found.add(new TermDivergence(field, offerValue, agreementValue));
        }
    }

    static String hours(long minutes) {
        long rest = minutes % 60;
        return rest == 0 ? (minutes / 60) + " h/week" : "%d h %02d/week".formatted(minutes / 60, rest);
    }

    private static String monthly(Money money) {
        return money == null ? null : amount(money) + "/month";
    }

    private static String gratification(ProposedGratification gratification) {
        if (gratification instanceof ProposedGratification.MonthlyFlat flat) {
            return monthly(flat.amount());
        }
        if (gratification instanceof ProposedGratification.Hourly hourly) {
            return amount(hourly.amount()) + "/hour";
        }
        return null;
    }

    private static String amount(Money money) {
        int digits = Math.max(0, money.currency().getDefaultFractionDigits());
        return BigDecimal.valueOf(money.amountInMinorUnits(), digits).toPlainString() + " "
                + money.currency().getCurrencyCode().toUpperCase(Locale.ROOT);
    }
}
