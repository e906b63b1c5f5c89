package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.rules.MonthlyGratification;
import fr.passerelle.agreement.rules.Presence;
import fr.passerelle.agreement.rules.RuleFinding;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.shared.model.Money;
import java.util.List;

/** GraphQL {@code AgreementRulesReport}. */
record RulesReportView(PresenceView presence, boolean blocking, List<RuleFinding> findings,
                       List<MonthView> gratificationSchedule) {

    static RulesReportView of(RulesReport report) {
        return new RulesReportView(PresenceView.of(report.presence()), report.blocking(), report.findings(),
                report.gratificationSchedule().stream().map(MonthView::of).toList());
    }

    /** GraphQL {@code Presence}. */
    record PresenceView(long minutes, long days, long months) {

        static PresenceView of(Presence presence) {
            return new PresenceView(presence.totalMinutes(), presence.days(), presence.months());
        }

        /** GraphQL {@code hours}: whole hours. */
        public long hours() {
            return minutes / 60;
        }

        /** GraphQL {@code minutesBeyondHours}. */
        public long minutesBeyondHours() {
            return minutes % 60;
        }

        /** GraphQL {@code minutesBeyondDays}. */
        public long minutesBeyondDays() {
            return new Presence(minutes).minutesBeyondDays();
        }

        /** GraphQL {@code daysBeyondMonths}. */
        public long daysBeyondMonths() {
            return new Presence(minutes).daysBeyondMonths();
        }
    }

    /** GraphQL {@code MonthlyGratification}, the month as {@code YYYY-MM}. */
    record MonthView(String month, long presentMinutes, Money hourlyMinimum, Money minimum) {

        static MonthView of(MonthlyGratification month) {
            return new MonthView(month.month().toString(), month.presentMinutes(), month.hourlyMinimum(),
                    month.minimum());
        }

        /** GraphQL {@code hourlyMinimumAmount}: the {@code Money} object that replaces the deprecated scalar {@code hourlyMinimum}. */
        public Money hourlyMinimumAmount() {
            return hourlyMinimum;
        }

        /** GraphQL {@code minimumAmount}: the {@code Money} object that replaces the deprecated scalar {@code minimum}. */
        public Money minimumAmount() {
            return minimum;
        }
    }
}
