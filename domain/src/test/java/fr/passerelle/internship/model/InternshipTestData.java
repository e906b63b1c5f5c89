package fr.passerelle.internship.model;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builders for the internship tests. The defaults describe a pair that fits perfectly: a sound assistant internship
 * in Lyon, April to June 2025 ({@link TermsBuilder}), and a BTS-SON student of school A living in Villeurbanne, 4 km
 * away ({@link LearnerBuilder}). Each test changes only what it is about.
 */
final class InternshipTestData {

    static final GeoPoint LYON = new GeoPoint(45.7640, 4.8357);
    static final GeoPoint VILLEURBANNE = new GeoPoint(45.7719, 4.8902);
    static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
    static final String SCHOOL_A = "school-a";
    static final String PROGRAM = "BTS-SON";
    /** 1 April to 30 June 2025: 91 days, a month after {@link Fixtures#TODAY}. */
    static final LocalDate OFFER_START = LocalDate.of(2025, 4, 1);
    static final LocalDate OFFER_END = LocalDate.of(2025, 6, 30);

    private InternshipTestData() {
    }

    static TermsBuilder terms() {
        return new TermsBuilder();
    }

    static LearnerBuilder learner() {
        return new LearnerBuilder();
    }

    static SkillRequirement requirement(String code, ProficiencyLevel minimumLevel) {
        return new SkillRequirement(code, minimumLevel);
    }

    static LearnerSkill skill(String code, ProficiencyLevel level) {
        return new LearnerSkill(code, level, List.of(), null);
    }

    static LanguageRequirement needs(String code, CefrLevel minimumLevel) {
        return new LanguageRequirement(code, minimumLevel);
    }

    static Academic.Language speaks(String code, CefrLevel level) {
        return new Academic.Language(code, level);
    }

    static DateRange period(String start, String end) {
        return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
    }

    static InternshipOffer draft(OfferTerms terms) {
        return InternshipOffer.draft("offer-1", "company-1", terms, "recruiter-1", Fixtures.NOW);
    }

    /** A draft of the terms, published today. */
    static InternshipOffer published(OfferTerms terms) {
        return draft(terms).published(Fixtures.TODAY, Fixtures.NOW);
    }

    /** An offer of the default terms with one position, brought to the status the way the application would. */
    static InternshipOffer offerIn(OfferStatus status) {
        OfferTerms terms = terms().positions(1).build();
        return switch (status) {
            case DRAFT -> draft(terms);
            case PUBLISHED -> published(terms);
            case CLOSED -> published(terms).closed(Fixtures.NOW);
            case FILLED -> published(terms).withPositionTaken("application-1", Fixtures.NOW);
            case EXPIRED -> published(terms).expiredOn(OFFER_START.plusDays(1), Fixtures.NOW);
        };
    }

    /** Offer terms, every field settable; {@link #build()} may be called repeatedly. */
    static final class TermsBuilder {
        private OfferKind kind = OfferKind.INTERNSHIP;
        private String title = "Assistant son";
        private String description = "Prise de son et mixage en studio.";
        private String siteId = "site-lyon";
        private GeoPoint location = LYON;
        private String city = "Lyon";
        private String tutorMembershipId;
        private LocalDate startDate = OFFER_START;
        private LocalDate endDate = OFFER_END;
        private int hoursPerWeek = 35;
        private Money monthlyStipend = Money.euros(650);
        private List<SkillRequirement> requiredSkills =
                List.of(requirement("sound-mixing", ProficiencyLevel.INTERMEDIATE));
        private List<SkillRequirement> niceToHaveSkills = List.of(requirement("lighting", ProficiencyLevel.BEGINNER));
        private List<String> specialisations = List.of("Prise de son");
        private List<LanguageRequirement> languages = List.of(needs("en", CefrLevel.B2));
        private int positions = 2;
        private Set<String> targetSchoolIds = Set.of();
        private Set<String> targetProgramCodes = Set.of();
        private WorkMode workMode = WorkMode.ON_SITE;
        private Rhythm rhythm;

        TermsBuilder kind(OfferKind value) {
            kind = value;
            return this;
        }

        TermsBuilder title(String value) {
            title = value;
            return this;
        }

        TermsBuilder description(String value) {
            description = value;
            return this;
        }

        TermsBuilder siteId(String value) {
            siteId = value;
            return this;
        }

        TermsBuilder location(GeoPoint value) {
            location = value;
            return this;
        }

        TermsBuilder tutor(String membershipId) {
            tutorMembershipId = membershipId;
            return this;
        }

        TermsBuilder dates(LocalDate start, LocalDate end) {
            startDate = start;
            endDate = end;
            return this;
        }

        TermsBuilder hoursPerWeek(int value) {
            hoursPerWeek = value;
            return this;
        }

        TermsBuilder stipend(Money value) {
            monthlyStipend = value;
            return this;
        }

        TermsBuilder required(SkillRequirement... values) {
            requiredSkills = List.of(values);
            return this;
        }

        TermsBuilder niceToHave(SkillRequirement... values) {
            niceToHaveSkills = List.of(values);
            return this;
        }

        TermsBuilder specialisations(String... values) {
            specialisations = List.of(values);
            return this;
        }

        TermsBuilder languages(LanguageRequirement... values) {
            languages = List.of(values);
            return this;
        }

        TermsBuilder positions(int value) {
            positions = value;
            return this;
        }

        TermsBuilder targetSchools(String... ids) {
            targetSchoolIds = Set.of(ids);
            return this;
        }

        TermsBuilder targetPrograms(String... codes) {
            targetProgramCodes = Set.of(codes);
            return this;
        }

        TermsBuilder workMode(WorkMode value) {
            workMode = value;
            return this;
        }

        TermsBuilder rhythm(Rhythm value) {
            rhythm = value;
            return this;
        }

        OfferTerms build() {
            return new OfferTerms(kind, title, description, siteId, location, city, tutorMembershipId, startDate,
                    endDate, hoursPerWeek, monthlyStipend, requiredSkills, niceToHaveSkills, specialisations,
                    languages, positions, targetSchoolIds, targetProgramCodes, workMode, rhythm);
        }
    }

    /** A learner registered at {@link Fixtures#NOW}, then given skills and career preferences. */
    static final class LearnerBuilder {
        private String schoolId = SCHOOL_A;
        private String programCode = PROGRAM;
        private List<String> specialisations = List.of("Prise de son");
        private List<Academic.Language> languages = List.of(speaks("fr", CefrLevel.NATIVE), speaks("en", CefrLevel.C1));
        private final List<LearnerSkill> skills = new ArrayList<>(List.of(
                skill("sound-mixing", ProficiencyLevel.ADVANCED), skill("lighting", ProficiencyLevel.BEGINNER)));
        private CareerPreferences.Mobility mobility = new CareerPreferences.Mobility(VILLEURBANNE, 30, false, false);
        private List<DateRange> availability = List.of(period("2025-03-15", "2025-07-31"));

        /** The learner's school, null for an independent learner. */
        LearnerBuilder school(String id) {
            schoolId = id;
            return this;
        }

        LearnerBuilder program(String code) {
            programCode = code;
            return this;
        }

        LearnerBuilder specialisations(String... values) {
            specialisations = List.of(values);
            return this;
        }

        LearnerBuilder languages(Academic.Language... values) {
            languages = List.of(values);
            return this;
        }

        LearnerBuilder skills(LearnerSkill... values) {
            skills.clear();
            skills.addAll(List.of(values));
            return this;
        }

        LearnerBuilder mobility(GeoPoint homeBase, Integer radiusKm, boolean willingToRelocate) {
            mobility = new CareerPreferences.Mobility(homeBase, radiusKm, willingToRelocate, false);
            return this;
        }

        LearnerBuilder noMobility() {
            mobility = null;
            return this;
        }

        LearnerBuilder availability(DateRange... periods) {
            availability = List.of(periods);
            return this;
        }

        Learner build() {
            var academic = new Academic(schoolId, schoolId == null ? null : "A-001", programCode, 2026,
                    specialisations, List.of(), languages);
            var identity = new LearnerIdentity("Alice", "Martin", EmailAddress.of("alice@example.org"), null, null,
                    null);
            Learner learner = Learner.register("learner-1", null, identity, LearnerType.STUDENT,
                    ArrivalSource.SCHOOL_IMPORT, academic, "seed", Fixtures.NOW);
            for (LearnerSkill skill : skills) {
                learner = learner.withSkill(skill, Fixtures.NOW);
            }
            return learner.withCareer(new CareerPreferences(List.of(), List.of(), mobility, availability, null),
                    Fixtures.NOW);
        }
    }
}
