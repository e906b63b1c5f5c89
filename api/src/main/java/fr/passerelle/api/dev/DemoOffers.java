package fr.passerelle.api.dev;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.LanguageRequirement;
import fr.passerelle.internship.model.OfferKind;
import fr.passerelle.internship.model.OfferTerms;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.Rhythm;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo offers of the two persona companies (published ones on the board, a draft only Garage Martin sees) and Léa's
 * application to one of them. Dates are relative to the first start, so a fresh demo always has open offers; on a
 * store kept for months they expire like real ones.
 */
final class DemoOffers {

    static final String DIAGNOSTIC = "demo-offer-diagnostic-gerland";
    private static final String CREATOR = "system:demo-data";
    private static final GeoPoint GERLAND = new GeoPoint(45.7330, 4.8330);
    private static final GeoPoint OBERKAMPF = new GeoPoint(48.8650, 2.3780);

    private DemoOffers() {
    }

    static List<InternshipOffer> all(Instant now) {
        LocalDate start = PlatformCalendar.dayOf(now).plusMonths(2).withDayOfMonth(1);
        return List.of(
                published(DIAGNOSTIC, DemoData.COMPANY_X, new OfferTerms(OfferKind.INTERNSHIP,
                        "Stage mécanicien diagnostic", "Diagnostic électronique et entretien en atelier, "
                        + "avec un chef d'atelier tuteur.", "site-atelier-gerland", GERLAND, "Lyon", null, start,
                        start.plusWeeks(8).minusDays(3), 35, Money.euros(700),
                        List.of(new SkillRequirement("auto-diagnostic", ProficiencyLevel.INTERMEDIATE)),
                        List.of(new SkillRequirement("elec-b1vl", ProficiencyLevel.BEGINNER)),
                        List.of("Véhicules électriques"), List.of(), 2, Set.of(), Set.of(), WorkMode.ON_SITE, null),
                        now),
                published("demo-offer-apprenti-maintenance", DemoData.COMPANY_X, new OfferTerms(
                        OfferKind.APPRENTICESHIP, "Apprenti maintenance des véhicules", "Alternance de deux ans "
                        + "en Bac Pro Maintenance des véhicules.", "site-atelier-gerland", GERLAND, "Lyon", null,
                        start.plusMonths(1), start.plusMonths(25).minusDays(1), 35, Money.euros(1_100),
                        List.of(new SkillRequirement("auto-maintenance", ProficiencyLevel.BEGINNER)), List.of(),
                        List.of(), List.of(), 1, Set.of(DemoData.SCHOOL_B), Set.of(), WorkMode.ON_SITE,
                        new Rhythm(2, 3)), now),
                published("demo-offer-assistant-son", DemoData.COMPANY_Y, new OfferTerms(OfferKind.INTERNSHIP,
                        "Assistant son en studio", "Prise de son et mixage de sessions live.",
                        "site-studio-oberkampf", OBERKAMPF, "Paris", null, start, start.plusMonths(4).minusDays(1),
                        35, Money.euros(750), List.of(new SkillRequirement("sound-recording",
                        ProficiencyLevel.INTERMEDIATE)), List.of(new SkillRequirement("pro-tools",
                        ProficiencyLevel.BEGINNER)), List.of("Musique live"), List.of(new LanguageRequirement("en",
                        CefrLevel.B1)), 1, Set.of(), Set.of(), WorkMode.ON_SITE, null), now),
                InternshipOffer.draft("demo-offer-draft-carrosserie", DemoData.COMPANY_X, new OfferTerms(
                        OfferKind.INTERNSHIP, "Stage carrosserie (brouillon)", null, "site-atelier-gerland",
                        GERLAND, "Lyon", null, start.plusMonths(2), start.plusMonths(3), 35, null, List.of(),
                        List.of(), List.of(), List.of(), 1, Set.of(), Set.of(), WorkMode.ON_SITE, null), CREATOR,
                        now));
    }

    /** Léa's application to the diagnostic internship, sharing her skills and academic part. */
    static Application leaApplication(InternshipOffer diagnostic, Instant now) {
        return Application.submit("demo-application-lea-diagnostic", diagnostic, DemoLearners.LEA,
                DemoPersona.LEARNER.subject(), DemoData.SCHOOL_B, "Bonjour, votre atelier m'intéresse beaucoup.",
                Set.of(ProfilePart.SKILLS, ProfilePart.ACADEMIC), now);
    }

    private static InternshipOffer published(String id, String companyId, OfferTerms terms, Instant now) {
        return InternshipOffer.draft(id, companyId, terms, CREATOR, now)
                .published(PlatformCalendar.dayOf(now), now);
    }
}
