package fr.passerelle.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.model.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Collections;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/** Every sentence exists in every language, with the same placeholders, and is filled the reader's way. */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest(name = "{0}: every key in French and in English")
    @FieldSource("fr.passerelle.shared.i18n.Bundles#NAMES")
    void every_key_is_translated_in_every_language(String name) {
        Set<String> french = keys(Bundles.bundle(name, Language.FR.locale()));
        for (Language language : Language.values()) {
            assertThat(keys(Bundles.bundle(name, language.locale())))
                    .as("keys of %s in %s", name, language).isEqualTo(french);
            // A bundle of its own, not the French base seen through the fallback.
            assertThat(Bundles.bundle(name, language.locale()).getLocale().getLanguage())
                    .isEqualTo(language == Language.DEFAULT ? "" : language.locale().getLanguage());
        }
    }

    @ParameterizedTest(name = "{0}: the same placeholders in every language")
    @FieldSource("fr.passerelle.shared.i18n.Bundles#NAMES")
    void every_translation_has_the_same_placeholders(String name) {
        ResourceBundle french = Bundles.bundle(name, Language.FR.locale());
        for (String key : french.keySet()) {
            for (Language language : Language.values()) {
                String sentence = Bundles.bundle(name, language.locale()).getString(key);
                assertThat(placeholders(sentence)).as("%s in %s: %s", key, language, sentence)
                        .isEqualTo(placeholders(french.getString(key)));
            }
        }
    }

    @Test
    void a_key_lives_in_one_bundle_only_and_starts_with_its_bundles_prefix() {
        Set<String> seen = new HashSet<>();
        for (String name : Bundles.NAMES) {
            String prefix = name.substring(name.lastIndexOf('/') + 1).replaceAll("s$", "") + ".";
            for (String key : keys(Bundles.bundle(name, Language.FR.locale()))) {
                assertThat(key).as("a key of %s", name).startsWith(prefix);
                assertThat(seen.add(key)).as("%s is in two bundles", key).isTrue();
            }
        }
    }

    @Test
    void a_message_is_rendered_in_the_readers_language_with_its_arguments() {
        Message tooLong = Message.of("error.text.too-long", 200);

        assertThat(Bundles.render(tooLong, Language.FR)).isEqualTo("Ce texte doit compter au plus 200 caractères.");
        assertThat(Bundles.render(tooLong, Language.EN)).isEqualTo("This text must be at most 200 characters long.");
        assertThat(Bundles.render(Message.of("error.learner.profile-exists"), Language.FR))
                .isEqualTo("Vous avez déjà un profil d'apprenant.");
    }

    @Test
    void nested_messages_and_dates_are_written_the_readers_way() {
        Message window = Message.of("error.date.out-of-window", LocalDate.of(2016, 12, 7), LocalDate.of(2036, 12, 7));
        Message formula = Message.of("error.text.formula-start", Message.of("error.text.start.tab"));

        assertThat(Bundles.render(window, Language.FR))
                .isEqualTo("Cette date doit être comprise entre le 07/12/2016 et le 07/12/2036.");
        assertThat(Bundles.render(window, Language.EN)).isEqualTo("This date must be between 2016-12-07 and 2036-12-07.");
        assertThat(Bundles.render(formula, Language.EN))
                .isEqualTo("This text must not start with a tab, which spreadsheets run as a formula.");
    }

    @Test
    void amounts_months_and_durations_are_written_the_readers_way() {
        Currency euro = Currency.getInstance("EUR");
        Message monthlyShort = Message.of("finding.gratification.monthly-below", new Money(60000, euro),
                new Money(123456, euro), YearMonth.of(2026, 8), Duration.ofMinutes(18481), new Money(450, euro));

        assertThat(Bundles.render(monthlyShort, Language.FR).replace('\u202f', ' ')).isEqualTo("600,00\u00a0€ par "
                + "mois proposés, en dessous du minimum de 1 234,56\u00a0€ dû pour août 2026 (308 h 01 à 4,50\u00a0€).");
        assertThat(Bundles.render(monthlyShort, Language.EN)).isEqualTo("€600.00 per month proposed, below the "
                + "minimum of €1,234.56 due for August 2026 (308 h 01 min at €4.50).");
    }

    @ParameterizedTest(name = "{0} min: {1} / {2}")
    @CsvSource({"0, 0 h, 0 h", "59, 0 h 59, 0 h 59 min", "420, 7 h, 7 h", "18481, 308 h 01, 308 h 01 min"})
    void a_duration_is_written_in_hours_and_minutes(long minutes, String french, String english) {
        Duration presence = Duration.ofMinutes(minutes);
        Message optional = Message.of("finding.gratification.optional", presence, presence, 2);

        assertThat(Bundles.render(optional, Language.FR)).startsWith("Gratification facultative : " + french + " de");
        assertThat(Bundles.render(optional, Language.EN)).startsWith("Gratification optional: " + english + " of");
    }

    @Test
    void an_unknown_key_is_answered_as_itself_rather_than_failing_the_answer() {
        assertThat(Bundles.render(Message.of("error.nowhere"), Language.EN)).isEqualTo("error.nowhere");
    }

    private static Set<String> keys(ResourceBundle bundle) {
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    private static Set<String> placeholders(String sentence) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(sentence);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
