package fr.passerelle.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchKeysTest {

    @Test
    void normalizeFoldsCaseAccentsAndSurroundingAndRepeatedWhitespace() {
        assertThat(SearchKeys.normalize("  École   de\tCONDÉ \n")).isEqualTo("ecole de conde");
        assertThat(SearchKeys.normalize("Ça Île NOËL")).isEqualTo("ca ile noel");
    }

    @Test
    void namesThatDifferOnlyByCaseAccentsOrSpacingHaveTheSameKey() {
        assertThat(SearchKeys.normalize("École de Condé")).isEqualTo(SearchKeys.normalize("ecole  de conde"));
        assertThat(SearchKeys.normalize("École de Condé")).isNotEqualTo(SearchKeys.normalize("ecole de conte"));
    }

    @Test
    void normalizeFoldsNoBreakSpacesLikeOrdinarySpaces() {
        // U+00A0 and U+202F are what French keyboards and word processors put between words.
        assertThat(SearchKeys.normalize("École\u00A0de\u202FCondé\u00A0")).isEqualTo("ecole de conde");
    }

    @Test
    void normalizeKeepsNull() {
        assertThat(SearchKeys.normalize(null)).isNull();
    }

    @Test
    void containingMatchesTheNormalisedFragmentAnywhereInANormalisedName() {
        Pattern pattern = SearchKeys.containing("  CONDÉ ");

        assertThat(pattern.matcher("ecole de conde sur l'escaut").find()).isTrue();
        assertThat(pattern.matcher("ecole de conte").find()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.*", ".", "(", "[", "?", "+", "\\", "\\E", "$", "^", "|", "{2}"})
    void containingQuotesRegexMetacharacters(String fragment) {
        // Names are matched in their normalised form, so the fragment is compared normalised too ("\\E" -> "\\e").
        Pattern pattern = SearchKeys.containing(fragment);

        assertThat(pattern.matcher(SearchKeys.normalize("Before " + fragment + " after")).find()).isTrue();
        assertThat(pattern.matcher("abc xyz aaa").find()).isFalse();
    }
}
