package fr.passerelle.api.dev;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Background;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo learners: Léa (the learner persona's own profile, at MécaFormation Lyon, with skills, an internship and an
 * habilitation), and students of both demo schools that their school imported and nobody claimed yet.
 */
final class DemoLearners {

    static final String LEA = "demo-learner-lea";

    private DemoLearners() {
    }

    static List<Learner> all(Instant now) {
        LocalDate today = PlatformCalendar.dayOf(now);
        return List.of(lea(now, today),
                imported("demo-learner-karim", "Karim", "Benali", DemoData.SCHOOL_B, "MF-2024-017", "CAP-MV",
                        today.getYear() + 1, now),
                imported("demo-learner-ines", "Inès", "Moreau", DemoData.SCHOOL_B, "MF-2024-031", "BACPRO-MV",
                        today.getYear() + 2, now),
                imported("demo-learner-theo", "Théo", "Lambert", DemoData.SCHOOL_B, "MF-2023-008", "BACPRO-MV",
                        today.getYear(), now),
                imported("demo-learner-chloe", "Chloé", "Garnier", DemoData.SCHOOL_A, "LL-CINE-112", "CINE",
                        today.getYear() + 1, now),
                imported("demo-learner-yanis", "Yanis", "Roux", DemoData.SCHOOL_A, "LL-SON-087", "SON",
                        today.getYear() + 1, now));
    }

    private static Learner lea(Instant now, LocalDate today) {
        var identity = new LearnerIdentity("Léa", "Apprenante", EmailAddress.of(DemoPersona.LEARNER.email()),
                "+33612345678", LocalDate.of(2005, 4, 12),
                new Address("14 rue Marc Bloch", "69007", "Lyon", "FR", new GeoPoint(45.7431, 4.8414)));
        var academic = new Academic(DemoData.SCHOOL_B, "MF-2024-002", "BACPRO-MV", today.getYear() + 1,
                List.of("Véhicules électriques"), List.of(new Academic.Project("Remise en état d'une Clio IV",
                "Diagnostic et remplacement du circuit de freinage", today.getYear() - 1, null)),
                List.of(new Academic.Language("fr", CefrLevel.NATIVE), new Academic.Language("en", CefrLevel.B1)));
        Learner lea = Learner.register(LEA, DemoPersona.LEARNER.subject(), identity, LearnerType.STUDENT,
                        ArrivalSource.SELF_REGISTRATION, academic, "system:demo-data", now)
                .withSkill(new LearnerSkill("auto-diagnostic", ProficiencyLevel.INTERMEDIATE, List.of(
                        new LearnerSkill.Evidence(LearnerSkill.EvidenceKind.ASSESSMENT, "Évaluation atelier S1",
                                null)), null), now)
                .withSkill(new LearnerSkill("auto-brakes", ProficiencyLevel.ADVANCED, List.of(), null), now)
                .withSkill(new LearnerSkill("elec-b1vl", ProficiencyLevel.INTERMEDIATE, List.of(
                        new LearnerSkill.Evidence(LearnerSkill.EvidenceKind.CERTIFICATE, "Titre d'habilitation B1VL",
                                null)), today.plusYears(2)), now);
        return lea.withBackground(new Background(List.of(), List.of(new Background.Experience(
                        "Stagiaire mécanicienne", "Garage Martin", Background.ExperienceKind.INTERNSHIP,
                        today.minusMonths(8), today.minusMonths(6), "Entretien et diagnostics")), List.of()), now)
                .withCareer(new CareerPreferences(List.of("Mécanicienne automobile"), List.of("Automobile"),
                        new CareerPreferences.Mobility(new GeoPoint(45.7431, 4.8414), 30, false, true),
                        List.of(new DateRange(today.plusMonths(2), today.plusMonths(4))), Money.euros(1_800)), now);
    }

    private static Learner imported(String id, String firstName, String lastName, String schoolId, String externalId,
                                    String program, int graduationYear, Instant now) {
        var identity = new LearnerIdentity(firstName, lastName,
                EmailAddress.of(id.replace("demo-learner-", "") + "@eleves.example.fr"), null, null, null);
        var academic = new Academic(schoolId, externalId, program, graduationYear, List.of(), List.of(), List.of());
        return Learner.register(id, null, identity, LearnerType.STUDENT, ArrivalSource.SCHOOL_IMPORT, academic,
                "system:demo-data", now);
    }
}
