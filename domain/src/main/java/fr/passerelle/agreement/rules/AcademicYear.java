package fr.passerelle.agreement.rules;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school or university year, the "année d'enseignement" of L124-5 and the "année scolaire ou universitaire" of
 * L124-6, named by the calendar year it starts in: 2025 is 1 September 2025 to 31 August 2026. The code does not date
 * it; the usual September start is used, and it is one named constant.
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    /** The month academic years start in (the rentrée); they end the day before, a year later. */
    public static final Month FIRST_MONTH = Month.SEPTEMBER;

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= FIRST_MONTH.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, FIRST_MONTH, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /** "2025-2026", as schools write it. */
    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
