package fr.passerelle.agreement.pdf;

import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Numbers, amounts, durations and dates written the French way, with no-break spaces where French typography keeps
 * things together ("4,50 €", "3 h 30", "1 234,00 €"), so that a line never breaks inside them. Amounts are grouped
 * by hand rather than by NumberFormat: the JDK's French grouping separator changed between releases (U+00A0, then
 * U+202F since JDK 13), and the bytes of a signed document must not.
 */
public final class FrenchFormat {

    private static final char NBSP = Typeface.NO_BREAK_SPACE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final String NOT_STATED = "Non précisé.";

    private FrenchFormat() {
    }

    /** "07/09/2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The platform's calendar day of an instant (Paris), as a date. */
    public static String date(Instant instant) {
        return date(PlatformCalendar.dayOf(instant));
    }

    /** "du 07/09/2026 au 18/12/2026". */
    public static String period(LocalDate start, LocalDate end) {
        return "du " + date(start) + " au " + date(end);
    }

    /** "septembre 2026". */
    public static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + NBSP + month.getYear();
    }

    /** "lundi". */
    public static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }

    /** "7 h", "3 h 30", "308 h 05". */
    public static String hours(long minutes) {
        long remainder = minutes % 60;
        return minutes / 60 + (NBSP + "h") + (remainder == 0 ? "" : NBSP + String.format(Locale.ROOT, "%02d", remainder));
    }

    /** "4,50 €", "1 234,00 €"; a currency other than the euro by its code ("120,00 CHF"). */
    public static String money(Money money) {
        int decimals = Math.max(money.currency().getDefaultFractionDigits(), 0);
        long unit = (long) Math.pow(10, decimals);
        long amount = Math.abs(money.amountInMinorUnits());
        String whole = grouped(amount / unit);
        String fraction = decimals == 0 ? ""
                : "," + String.format(Locale.ROOT, "%0" + decimals + "d", amount % unit);
        String symbol = "EUR".equals(money.currency().getCurrencyCode()) ? "€" : money.currency().getCurrencyCode();
        return (money.amountInMinorUnits() < 0 ? "-" : "") + whole + fraction + NBSP + symbol;
    }

    /** "1 jour", "0 jour", "3 jours": French keeps the singular below two. */
    public static String count(long count, String singular, String plural) {
        return count + (NBSP + (count < 2 ? singular : plural));
    }

    public static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    /** "France (FR)"; the code alone when the JVM does not know it. */
    public static String country(String code) {
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.FRENCH);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** "12 rue des Forges, 69007 Lyon", with the country after a foreign address; {@value #NOT_STATED} if unknown. */
    public static String address(Address address) {
        if (address == null) {
            return NOT_STATED;
        }
        String street = isStated(address.street()) ? address.street() + ", " : "";
        String country = "FR".equals(address.countryCode()) ? "" : ", " + country(address.countryCode());
        return street + address.postalCode() + NBSP + address.city() + country;
    }

    /** A clause the parties may leave empty: said so rather than printed as a blank. */
    public static String orNotStated(String text) {
        return isStated(text) ? text : NOT_STATED;
    }

    /** Whether an optional text says anything. */
    public static boolean isStated(String text) {
        return text != null && !text.isBlank();
    }

    private static String grouped(long whole) {
        String digits = Long.toString(whole);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(NBSP);
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
