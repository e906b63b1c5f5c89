package fr.passerelle.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.i18n.Language;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader's language: their own choice, else the request's Accept-Language, else French. */
class ReaderLanguagesTest {

    private final AtomicInteger lookups = new AtomicInteger();
    private final ReaderLanguages languages = new ReaderLanguages(subject -> {
        lookups.incrementAndGet();
        return Optional.ofNullable(Map.of("english-reader", Language.EN, "french-reader", Language.FR).get(subject));
    });

    @ParameterizedTest(name = "Accept-Language \"{0}\" reads {1}")
    @CsvSource(delimiter = '|', value = {
            "en | EN",
            "en-GB,en;q=0.9 | EN",
            "fr-CA, en;q=0.5 | FR",
            "de-DE, en;q=0.8, fr;q=0.9 | FR",
            "de-DE, en;q=0.8 | EN",
            "de, it | FR",
            "* | FR",
            "'' | FR",
            "en;q=nonsense | FR",
    })
    void the_best_language_we_speak_else_french(String acceptLanguage, Language expected) {
        assertThat(languages.of(null, acceptLanguage).get()).isEqualTo(expected);
    }

    @Test
    void a_persons_own_choice_wins_over_the_request() {
        assertThat(languages.of("french-reader", "en").get()).isEqualTo(Language.FR);
        assertThat(languages.of("english-reader", null).get()).isEqualTo(Language.EN);
        assertThat(languages.of("undecided", "en").get()).isEqualTo(Language.EN);
    }

    @Test
    void the_preference_is_read_once_and_only_when_a_sentence_is_written() {
        ReaderLanguage language = languages.of("english-reader", "fr");
        assertThat(lookups).hasValue(0);

        language.get();
        language.get();

        assertThat(lookups).hasValue(1);
    }
}
