package fr.passerelle.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.passerelle.testing.Violations;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void a_draft_lists_every_field_publication_requires_at_once() {
        Programme draft = Programme.draft("p1", "school-1", CatalogSamples.blank("Coaching"), "admin", NOW);

        assertThat(Violations.pathsAndCodesThrownBy(() -> draft.published(NOW))).containsExactly(
                "objectives REQUIRED", "prerequisites REQUIRED", "durationHours REQUIRED", "modalities REQUIRED",
                "accessDelayDays REQUIRED", "price REQUIRED", "contact REQUIRED", "teachingMethods REQUIRED",
                "assessmentMethods REQUIRED", "accessibility.referentContact REQUIRED",
                "accessibility.arrangements REQUIRED");
    }

    @Test
    void a_certifying_programme_also_needs_its_level_certifier_and_blocks() {
        ProgrammeDetails complete = CatalogSamples.garageTeam();
        ProgrammeDetails certifying = new ProgrammeDetails(complete.title(), CertificationCode.parse("RNCP35910"),
                null, null, complete.objectives(), List.of(), complete.prerequisites(), complete.durationHours(),
                complete.modalities(), complete.price(), complete.accessDelayDays(), complete.accessibility(),
                complete.teachingMethods(), complete.assessmentMethods(), complete.contact());

        assertThat(PublicationRules.missing(certifying))
                .containsExactly("level", "certifyingBody", "competencyBlocks");
        assertThat(PublicationRules.missing(complete)).isEmpty();
    }

    @Test
    void a_complete_programme_is_published_and_editing_it_rechecks_the_rules() {
        Programme published = Programme.draft("p1", "school-1", CatalogSamples.garageTeam(), "admin", NOW)
                .published(NOW);
        assertThat(published.state()).isEqualTo(ProgrammeState.PUBLISHED);

        ProgrammeDetails withoutPrice = new ProgrammeDetails("Coaching équipe garage", null, null, null,
                "Organiser l'atelier", List.of(), "Être salarié d'un garage", 35, published.details().modalities(),
                null, 15, published.details().accessibility(), "Ateliers", "Mise en situation", "contact");

        assertThat(Violations.pathsAndCodesThrownBy(() -> published.edited(withoutPrice, NOW)))
                .containsExactly("price REQUIRED");
        assertThatCode(() -> Programme.draft("p2", "school-1", CatalogSamples.blank("x"), "admin", NOW)
                .edited(withoutPrice, NOW)).doesNotThrowAnyException();
    }

    @Test
    void certification_codes_are_rncp_or_rs_with_digits() {
        assertThat(CertificationCode.parse(" rncp 35910 ").value()).isEqualTo("RNCP35910");
        assertThat(CertificationCode.parse("RS5632").register()).isEqualTo(CertificationCode.Register.RS);
        assertThat(Violations.pathsAndCodesThrownBy(() -> CertificationCode.parse("RNCP-ABC")))
                .containsExactly("INVALID");
    }

    @Test
    void details_are_bounded_and_a_group_price_needs_its_size() {
        ProgrammeDetails raw = new ProgrammeDetails("Coaching", null, 4, null, null, null, null, 50_000, null,
                new ProgrammePrice(fr.passerelle.shared.model.Money.euros(1_490), PriceBasis.PER_GROUP, null), -1,
                null, null, null, null);

        assertThat(Violations.pathsAndCodesThrownBy(() -> ProgrammeDetails.validated(raw))).containsExactly(
                "durationHours OUT_OF_RANGE", "price.groupSize REQUIRED", "accessDelayDays OUT_OF_RANGE",
                "level INVALID");
    }
}
