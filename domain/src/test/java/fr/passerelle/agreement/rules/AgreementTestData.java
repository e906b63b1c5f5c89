package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.ScheduleException.Absence;
import fr.passerelle.agreement.rules.ScheduleException.AbsenceKind;
import fr.passerelle.agreement.rules.ScheduleException.ExtraPresence;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Short ways to write the agreements of the tests: dates as ISO strings, durations in hours. */
final class AgreementTestData {

    static final Currency EUR = Currency.getInstance("EUR");

    private AgreementTestData() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static DateRange range(String start, String end) {
        return new DateRange(date(start), date(end));
    }

    static Money euroCents(long cents) {
        return new Money(cents, EUR);
    }

    static Presence hours(long hours) {
        return Presence.ofHours(hours);
    }

    /** A full-time (35 h) internship in France. */
    static PeriodBuilder fullTime(String start, String end) {
        return new PeriodBuilder(start, end, WeeklySchedule.regular(WeekPattern.FULL_TIME));
    }

    static PeriodBuilder period(String start, String end, WeeklySchedule schedule) {
        return new PeriodBuilder(start, end, schedule);
    }

    static CheckBuilder check(PeriodBuilder period) {
        return new CheckBuilder(period.build());
    }

    static final class PeriodBuilder {

        private final String start;
        private final String end;
        private final WeeklySchedule schedule;
        private final List<ScheduleException> exceptions = new ArrayList<>();
        private String country = InternshipPeriod.FRANCE;
        private boolean presenceOnHolidays;

        private PeriodBuilder(String start, String end, WeeklySchedule schedule) {
            this.start = start;
            this.end = end;
            this.schedule = schedule;
        }

        PeriodBuilder in(String country) {
            this.country = country;
            return this;
        }

        PeriodBuilder presenceOnHolidays() {
            this.presenceOnHolidays = true;
            return this;
        }

        PeriodBuilder absent(String date, int minutes, AbsenceKind kind) {
            exceptions.add(new Absence(date(date), minutes, kind));
            return this;
        }

        PeriodBuilder extra(String date, int minutes) {
            exceptions.add(new ExtraPresence(date(date), minutes));
            return this;
        }

        InternshipPeriod build() {
            return new InternshipPeriod(date(start), date(end), schedule, country, exceptions, presenceOnHolidays);
        }
    }

    static final class CheckBuilder {

        private final InternshipPeriod period;
        private final Map<AcademicYear, Presence> others = new HashMap<>();
        private ProposedGratification gratification;
        private List<DateRange> tutorOthers;
        private HostStaffing staffing;
        private PreviousInternship previous;
        private InternshipConditions conditions = InternshipConditions.UNSTATED;
        private Integer teachingHours;

        private CheckBuilder(InternshipPeriod period) {
            this.period = period;
        }

        CheckBuilder withHostBefore(int academicYearStart, Presence presence) {
            others.put(new AcademicYear(academicYearStart), presence);
            return this;
        }

        CheckBuilder hourly(long cents) {
            gratification = new ProposedGratification.Hourly(euroCents(cents));
            return this;
        }

        CheckBuilder monthly(long cents) {
            gratification = new ProposedGratification.MonthlyFlat(euroCents(cents));
            return this;
        }

        CheckBuilder tutorAlsoFollows(DateRange... internships) {
            tutorOthers = List.of(internships);
            return this;
        }

        CheckBuilder host(int workforce, DateRange... otherInternships) {
            staffing = new HostStaffing(workforce, List.of(otherInternships));
            return this;
        }

        CheckBuilder previousOnPost(DateRange dates, boolean interruptedByIntern) {
            previous = new PreviousInternship(dates, interruptedByIntern
                    ? PreviousInternship.Ending.INTERRUPTED_BY_INTERN : PreviousInternship.Ending.AT_TERM);
            return this;
        }

        CheckBuilder conditions(InternshipConditions value) {
            conditions = value;
            return this;
        }

        CheckBuilder programTeaches(int hoursPerYear) {
            teachingHours = hoursPerYear;
            return this;
        }

        AgreementCheck build() {
            return new AgreementCheck(period, others, gratification, tutorOthers, staffing, previous, conditions,
                    teachingHours);
        }
    }
}
