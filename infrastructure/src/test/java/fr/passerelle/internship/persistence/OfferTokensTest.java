package fr.passerelle.internship.persistence;

import static fr.passerelle.internship.persistence.InternshipData.requirement;
import static fr.passerelle.internship.persistence.InternshipData.terms;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.internship.model.LanguageRequirement;
import fr.passerelle.internship.model.OfferTerms;
import fr.passerelle.learner.model.CefrLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one normal form offers and queries share: what makes a keyword find an offer. */
class OfferTokensTest {

    @Test
    void textIsLowerCasedStrippedOfAccentsAndSplitOnAnythingButLettersAndDigits() {
        assertThat(OfferTokens.of("Électricité GÉNÉRALE/Câblage—B1VL, (Lyon)"))
                .containsExactly("electricite", "generale", "cablage", "b1vl", "lyon");
    }

    @Test
    void noBreakSpacesAndApostrophesSeparateWordsAndOneLetterWordsAreDropped() {
        assertThat(OfferTokens.of("Régie\u00a0d'un\u202fthéâtre à Nîmes"))
                .containsExactly("regie", "un", "theatre", "nime");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"mixages, mixage", "mixage, mixage", "Travaux, travau", "studios, studio", "bus, bus", "gaz, gaz",
            "prix, pri", "ans, ans", "sons, son", "son, son", "3D, 3d", "2026, 2026"})
    void aFinalPluralSOrXIsRemovedFromWordsOfFourLettersOrMore(String word, String token) {
        assertThat(OfferTokens.of(word)).containsExactly(token);
    }

    @Test
    void ligaturesAreSpelledOutLikeAccentsAreRemoved() {
        assertThat(OfferTokens.of("Main-d'œuvre, Cœur de métier, ex æquo"))
                .isEqualTo(OfferTokens.of("main-d'oeuvre, coeur de metier, ex aequo"));
    }

    @Test
    void singularAndPluralOfAWordGiveTheSameToken() {
        assertThat(OfferTokens.of("Mixages")).isEqualTo(OfferTokens.of("mixage"));
        assertThat(OfferTokens.of("diagnostics")).isEqualTo(OfferTokens.of("Diagnostic"));
    }

    @Test
    void repeatedWordsGiveOneTokenInTheOrderOfFirstAppearance() {
        assertThat(OfferTokens.of("Son, mixage et sons : mixages du son"))
                .containsExactly("son", "mixage", "et", "du");
    }

    @Test
    void nothingToTokenise() {
        assertThat(OfferTokens.of((String) null)).isEmpty();
        assertThat(OfferTokens.of("")).isEmpty();
        assertThat(OfferTokens.of("  à - ! ")).isEmpty();
    }

    @Test
    void termsAreFoundByTitleDescriptionCitySpecialisationsAndSkillCodesAndCatalogLabels() {
        OfferTerms offer = terms().title("Technicien atelier").description("Entretien des véhicules")
                .city("Villeurbanne").specialisations("Électricité")
                .required(requirement("auto-diagnostic"))
                .niceToHave(requirement("pro-tools"), requirement("not-in-catalog"))
                .languages(new LanguageRequirement("en", CefrLevel.B2))
                .siteId("site-zzz").tutor("membership-qqq")
                .build();

        assertThat(OfferTokens.of(offer)).containsExactly(
                "technicien", "atelier",
                "entretien", "des", "vehicule",
                "villeurbanne",
                "electricite",
                "auto", "diagnostic", "electronique", "automobile",
                "pro", "tool",
                "not", "in", "catalog");
    }

    @Test
    void absentDescriptionAndCityAddNothing() {
        OfferTerms offer = terms().title("Monteur vidéo").description(null).city(null).build();

        assertThat(OfferTokens.of(offer)).containsExactly("monteur", "video");
    }

    @Test
    void keywordsOfAQueryMatchTheTokensOfTheTermsTheyDescribe() {
        OfferTerms offer = terms().title("Ingénieur du son").description("Mixage en studio")
                .specialisations("electricite").required(requirement("auto-diagnostic")).build();

        assertThat(OfferTokens.of(offer)).containsAll(OfferTokens.of("ÉLECTRICITÉ mixages Diagnostics ingenieur"));
    }
}
