package fr.passerelle.agreement.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How the findings' messages write numbers, amounts and dates, the French way. */
final class French {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private French() {
    }

    /** "308 h", "308 h 01": hours and minutes, as a schedule is read. */
    static String hours(long minutes) {
        long remainder = minutes % 60;
        return minutes / 60 + " h" + (remainder == 0 ? "" : String.format(" %02d", remainder));
    }

    /** "693,00 €". */
    static String euros(long cents) {
        return cents / 100 + "," + String.format("%02d", cents % 100) + " €";
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "juillet 2026". */
    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " " + month.getYear();
    }

    static String plural(long count, String singular, String plural) {
        return count + " " + (count > 1 ? plural : singular);
    }
}
