package fr.passerelle.notification.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message templates: French first, English where translated, placeholders always filled. */
class BundledTextsTest {

    private static final Map<String, String> ORGANISATION = Map.of("organisation", "Garage Dupont");

    private final BundledTexts texts = new BundledTexts();

    @Test
    void frenchTemplateIsFilledWithItsAccentsIntact() {
        Text text = texts.render("company_verified", Locale.FRENCH, ORGANISATION);

        assertThat(text).isEqualTo(new Text("Votre entreprise est vérifiée",
                "Garage Dupont a été vérifiée par Passerelle : vous pouvez désormais publier des offres."));
    }

    @Test
    void englishTemplateIsUsedForEnglishAndItsRegionalVariants() {
        Text english = texts.render("company_verified", Locale.ENGLISH, ORGANISATION);

        assertThat(english).isEqualTo(new Text("Your company is verified",
                "Garage Dupont was verified by Passerelle: you can now publish offers."));
        assertThat(texts.render("company_verified", Locale.UK, ORGANISATION)).isEqualTo(english);
        assertThat(texts.render("company_verified", Locale.FRANCE, ORGANISATION))
                .isEqualTo(texts.render("company_verified", Locale.FRENCH, ORGANISATION));
    }

    @Test
    void unsupportedLanguageFallsBackToFrenchNotToTheJvmDefault() {
        Locale jvmDefault = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThat(texts.render("company_verified", Locale.GERMAN, ORGANISATION).title())
                    .isEqualTo("Votre entreprise est vérifiée");
            assertThat(texts.render("company_verified", Locale.ROOT, ORGANISATION).title())
                    .isEqualTo("Votre entreprise est vérifiée");
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }

    @Test
    void everyPlaceholderIsFilledInTitleAndBodyAndLineBreaksAreKept() {
        Text text = texts.render("invitation", Locale.FRENCH, Map.of("organisation", "École du Son"));

        assertThat(text.title()).isEqualTo("Invitation à rejoindre École du Son sur Passerelle");
        assertThat(text.body())
                .startsWith("Bonjour,\n\nVous êtes invité(e) à rejoindre École du Son sur Passerelle.")
                .doesNotContain("{");
        assertThat(texts.render("school_tier_changed", Locale.ENGLISH,
                Map.of("organisation", "Pôle Son", "tier", "PREMIUM")).body())
                .isEqualTo("Pôle Son's partnership tier is now PREMIUM.");
    }

    @Test
    void evaluationMailsCarryTheLinkAndTheDeadline() {
        Text link = texts.render("evaluation_link", Locale.FRENCH, Map.of("learner", "Léa Martin",
                "company", "Studio Écho", "deadline", "2026-05-29", "url", "https://passerelle.example/e/abc_-123",
                "evaluation", "finale"));
        Text reminder = texts.render("evaluation_reminder", Locale.FRENCH,
                Map.of("deadline", "2026-05-29", "sent", "2026-05-04"));

        assertThat(link.title()).isEqualTo("Évaluation finale d'un stage chez Studio Écho");
        assertThat(link.body()).contains("stage de Léa Martin chez Studio Écho", "avant le 2026-05-29",
                "\nhttps://passerelle.example/e/abc_-123\n").doesNotContain("{");
        assertThat(reminder.title()).isEqualTo("Rappel : évaluation de stage à remplir avant le 2026-05-29");
        assertThat(reminder.body()).contains("envoyée le 2026-05-04").doesNotContain("{");
    }

    @Test
    void valuesAreInsertedLiterallyEvenWhenTheyLookLikeReplacementSyntax() {
        Text text = texts.render("member_joined", Locale.FRENCH, Map.of("organisation", "A$1 \\ {tier} & Cie"));

        assertThat(text.body()).isEqualTo("Un nouveau membre a rejoint A$1 \\ {tier} & Cie sur Passerelle.");
    }

    @Test
    void extraValuesAreIgnored() {
        assertThat(texts.render("member_joined", Locale.FRENCH, Map.of("organisation", "X", "unused", "Y")).body())
                .isEqualTo("Un nouveau membre a rejoint X sur Passerelle.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no_such_template", "company_verified.title", ""})
    void unknownTemplateIsAnIllegalArgument(String template) {
        assertThatThrownBy(() -> texts.render(template, Locale.FRENCH, ORGANISATION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no text template named");
    }

    @Test
    void placeholderWithoutAValueIsAnIllegalArgumentSoNoMessageGoesOutHalfFilled() {
        assertThatThrownBy(() -> texts.render("school_tier_changed", Locale.FRENCH, ORGANISATION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no value for {tier}");
        assertThatThrownBy(() -> texts.render("company_verified", Locale.ENGLISH, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no value for {organisation}");
    }

    @Test
    void everyNotificationKindAndMailHasATemplate() {
        Set<String> used = Arrays.stream(NotificationKind.values())
                .map(kind -> kind.name().toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
        used.addAll(Set.of("invitation", "invitation_reminder", "evaluation_link", "evaluation_reminder"));

        assertThat(templates(bundle("i18n/messages.properties"))).containsAll(used);
    }

    @Test
    void everyTranslationHasTheSameTemplatesWithTheSamePlaceholdersAsTheFrenchBase() {
        Properties french = bundle("i18n/messages.properties");
        Properties english = bundle("i18n/messages_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
        for (String key : french.stringPropertyNames()) {
            assertThat(placeholders(english.getProperty(key))).as(key)
                    .isEqualTo(placeholders(french.getProperty(key)));
        }
        assertThat(french.stringPropertyNames()).allMatch(key -> key.endsWith(".title") || key.endsWith(".body"));
    }

    /**
     * A title is a mail's subject too, shown in previews, mailbox lists and logs: it names organisations, dates and
     * kinds, never a person. Only the body of a mail to the person it concerns may name the intern.
     */
    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages.properties", "i18n/messages_en.properties"})
    void noTitleNamesAPerson(String resource) {
        Properties bundle = bundle(resource);
        Set<String> impersonal = Set.of("organisation", "company", "evaluation", "deadline", "tier", "sent");

        for (String key : bundle.stringPropertyNames()) {
            if (key.endsWith(".title")) {
                assertThat(placeholders(bundle.getProperty(key))).as(key).isSubsetOf(impersonal);
            }
        }
        assertThat(texts.render("evaluation_link", Locale.ENGLISH, Map.of("learner", "Léa Martin",
                "company", "Studio Écho", "deadline", "2026-05-29", "url", "https://passerelle.example/e/abc",
                "evaluation", "final")).title()).isEqualTo("Internship evaluation (final) at Studio Écho");
    }

    private static Set<String> templates(Properties bundle) {
        return bundle.stringPropertyNames().stream().map(key -> key.substring(0, key.lastIndexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> placeholders(String pattern) {
        Matcher matcher = Pattern.compile("\\{([a-zA-Z]+)}").matcher(pattern);
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Properties bundle(String resource) {
        try (InputStream in = BundledTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
