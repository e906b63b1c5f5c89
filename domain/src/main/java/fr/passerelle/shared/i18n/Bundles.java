package fr.passerelle.shared.i18n;

import fr.passerelle.shared.model.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of {@link Message}s, in UTF-8 properties files named by the first segment of their keys:
 * {@code error.*} in {@code i18n/errors*.properties} (user errors, refusals), {@code advice.*} in
 * {@code i18n/advice*.properties} (job-readiness advice), {@code finding.*} in {@code i18n/findings*.properties} (the
 * agreement rules' findings). The base file of each bundle is French, {@code _en}
 * English; a language never falls back to the JVM's default locale. Notification texts are another bundle
 * ({@code i18n/messages}, in infrastructure), rendered by the notification delivery.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}…, replaced as they are (no {@code MessageFormat}: an apostrophe is
 * just an apostrophe, numbers get no grouping). Some arguments are written the reader's way: a {@link LocalDate}
 * (31/03/2026, 2026-03-31), a {@link YearMonth} (juillet 2026, July 2026), an amount of {@link Money}
 * ({@link MoneyFormat}) and a {@link Duration} in hours and minutes, as a schedule is read (308 h 01, 308 h 01 min).
 */
public final class Bundles {

    /** Every bundle, base names as {@link ResourceBundle} takes them. */
    public static final List<String> NAMES = List.of("i18n/errors", "i18n/advice", "i18n/findings");

    private static final Map<Language, DateTimeFormatter> DATES = Map.of(
            Language.FR, DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE),
            Language.EN, DateTimeFormatter.ISO_LOCAL_DATE);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    /**
     * The message's sentence in {@code language}, its placeholders filled. A key missing from the bundles (which
     * {@code BundlesTest} prevents) is answered as the key itself rather than failing the answer it is part of.
     */
    public static String render(Message message, Language language) {
        Optional<String> pattern = pattern(message.key(), language);
        if (pattern.isEmpty()) {
            return message.key();
        }
        Matcher placeholder = PLACEHOLDER.matcher(pattern.get());
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String value = index < message.arguments().size()
                    ? text(message.arguments().get(index), language) : placeholder.group();
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(filled).toString();
    }

    /** The sentence of {@code key} with its placeholders, from whichever bundle holds it. */
    public static Optional<String> pattern(String key, Language language) {
        for (String name : NAMES) {
            ResourceBundle bundle = bundle(name, language.locale());
            if (bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    /** One bundle in one language (its base, French, for French). */
    public static ResourceBundle bundle(String name, Locale locale) {
        try {
            return ResourceBundle.getBundle(name, locale, NO_DEFAULT_LOCALE);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the bundle " + name + " is missing from the class path", e);
        }
    }

    private static String text(Object argument, Language language) {
        if (argument instanceof Message nested) {
            return render(nested, language);
        }
        if (argument instanceof LocalDate date) {
            return DATES.get(language).format(date);
        }
        if (argument instanceof YearMonth month) {
            return month.getMonth().getDisplayName(TextStyle.FULL, language.locale()) + " " + month.getYear();
        }
        if (argument instanceof Money money) {
            return MoneyFormat.format(money, language);
        }
        return argument instanceof Duration duration ? hours(duration.toMinutes(), language) : String.valueOf(argument);
    }

    /** "7 h", "308 h 01" in French; "7 h", "308 h 01 min" in English. */
    private static String hours(long minutes, Language language) {
        long remainder = minutes % 60;
        String hours = minutes / 60 + " h";
        if (remainder == 0) {
            return hours;
        }
        return hours + String.format(Locale.ROOT, " %02d", remainder) + (language == Language.FR ? "" : " min");
    }
}
