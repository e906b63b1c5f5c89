package fr.passerelle.bench.data;

import fr.passerelle.internship.model.LanguageRequirement;
import fr.passerelle.internship.model.OfferKind;
import fr.passerelle.internship.model.OfferTerms;
import fr.passerelle.internship.model.Rhythm;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A few kinds of automotive offers, as a garage would write them: different skills, dates and kinds, so matching
 * scores spread instead of tying. Skill codes are the shared catalog's.
 */
final class OfferTemplates {

    static final int VARIANTS = 4;

    private OfferTemplates() {
    }

    static OfferTerms terms(int variant, LocalDate today, String siteId, GeoPoint location, String city,
                            WorkMode workMode) {
        int kind = variant % VARIANTS;
        LocalDate start = today.plusMonths(1L + kind).withDayOfMonth(1);
        return switch (kind) {
            case 0 -> new OfferTerms(OfferKind.INTERNSHIP, "Stage mécanicien diagnostic",
                    "Diagnostic électronique et entretien en atelier, avec un chef d'atelier tuteur.", siteId,
                    location, city, null, start, start.plusWeeks(8).minusDays(3), 35, Money.euros(700),
                    List.of(skill("auto-diagnostic", ProficiencyLevel.INTERMEDIATE)),
                    List.of(skill("elec-b1vl", ProficiencyLevel.BEGINNER)), List.of("Véhicules électriques"),
                    List.of(), 2, Set.of(), Set.of(), workMode, null);
            case 1 -> new OfferTerms(OfferKind.APPRENTICESHIP, "Apprenti maintenance des véhicules",
                    "Alternance de deux ans en Bac Pro Maintenance des véhicules.", siteId, location, city, null,
                    start, start.plusYears(2).minusDays(1), 35, Money.euros(1_100),
                    List.of(skill("auto-maintenance", ProficiencyLevel.BEGINNER)), List.of(), List.of(), List.of(), 1,
                    Set.of(), Set.of(), workMode, new Rhythm(2, 3));
            case 2 -> new OfferTerms(OfferKind.INTERNSHIP, "Stage freinage et liaisons au sol",
                    "Remplacement de disques, plaquettes et amortisseurs ; géométrie.", siteId, location, city, null,
                    start, start.plusWeeks(10).minusDays(3), 35, Money.euros(650),
                    List.of(skill("auto-brakes", ProficiencyLevel.ADVANCED)),
                    List.of(skill("auto-maintenance", ProficiencyLevel.BEGINNER)), List.of(), List.of(), 1,
                    Set.of(), Set.of(), workMode, null);
            default -> new OfferTerms(OfferKind.INTERNSHIP, "Stage véhicules électriques et hybrides",
                    "Mise hors tension, diagnostic batterie haute tension, documentation constructeur en anglais.",
                    siteId, location, city, null, start, start.plusWeeks(12).minusDays(3), 35, Money.euros(800),
                    List.of(skill("elec-b1vl", ProficiencyLevel.INTERMEDIATE),
                            skill("auto-electric-vehicles", ProficiencyLevel.BEGINNER)),
                    List.of(skill("auto-diagnostic", ProficiencyLevel.INTERMEDIATE)),
                    List.of("Véhicules électriques"), List.of(new LanguageRequirement("en", CefrLevel.B1)), 1,
                    Set.of(), Set.of(), workMode, null);
        };
    }

    private static SkillRequirement skill(String code, ProficiencyLevel level) {
        return new SkillRequirement(code, level);
    }
}
