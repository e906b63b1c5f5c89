package fr.passerelle.internship.service;

import static fr.passerelle.testing.Fixtures.NOW;
import static fr.passerelle.testing.Fixtures.TODAY;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.Siret;
import fr.passerelle.company.model.Site;
import fr.passerelle.company.model.Vetting;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.MatchWeights;
import fr.passerelle.internship.model.OfferKind;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.internship.port.in.ApplicationCommand;
import fr.passerelle.internship.port.in.OfferCommand;
import fr.passerelle.internship.port.in.OfferCommand.LanguageInput;
import fr.passerelle.internship.port.in.OfferCommand.SkillInput;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.learner.service.LearnerService;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryApplications;
import fr.passerelle.testing.InMemoryCompanies;
import fr.passerelle.testing.InMemoryLearners;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryOffers;
import fr.passerelle.testing.InMemorySchools;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scene of the marketplace use-case tests, seeded without events:
 * <ul>
 * <li>company C (verified; sites in Lyon and Paris) with a recruiter and a tutor, company D (verified; a site in
 * Marseille) with a recruiter;</li>
 * <li>school A (tier CERTIFIED) and school B, each with a staff member;</li>
 * <li>three learners with an account, all holding {@code sound-mixing}: {@link #alice} of school A and
 * {@link #carol} of school B, both also holding {@code lighting-design} and living in Villeurbanne (30 km radius),
 * and {@link #bob}, independent, living in Lyon (20 km radius);</li>
 * <li>{@link Who#NO_PROFILE}, a signed-in learner who has no profile.</li>
 * </ul>
 * The default offer ({@link #offer()}) is a sound-assistant internship at C's Lyon site, April to June 2025, which
 * alice and carol fit perfectly.
 */
public final class MarketplaceScene {

    public enum Who {
        PLATFORM_ADMIN, ADVISOR, RECRUITER_OF_C, TUTOR_OF_C, RECRUITER_OF_D, STAFF_OF_SCHOOL_A, STAFF_OF_SCHOOL_B,
        ALICE, BOB, CAROL, NO_PROFILE
    }

    public static final String COMPANY_C = "company-c";
    public static final String COMPANY_D = "company-d";
    public static final String SITE_LYON = "site-lyon";
    public static final String SITE_PARIS = "site-paris";
    public static final String SITE_MARSEILLE = "site-marseille";
    public static final String SCHOOL_A = "school-a";
    public static final String SCHOOL_B = "school-b";
    public static final GeoPoint LYON = new GeoPoint(45.7640, 4.8357);
    public static final GeoPoint VILLEURBANNE = new GeoPoint(45.7719, 4.8902);
    public static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
    public static final GeoPoint MARSEILLE = new GeoPoint(43.2965, 5.3698);
    /** The tutor of company C's membership. */
    public static final String TUTOR_MEMBERSHIP = "membership-of-tutor-c-in-company-c";
    public static final LocalDate START = LocalDate.of(2025, 4, 1);
    public static final LocalDate END = LocalDate.of(2025, 6, 30);
    public static final String SOUND_MIXING = "sound-mixing";
    public static final String LIGHTING = "lighting-design";

    public final InMemoryOffers offers;
    public final InMemoryApplications applications;
    public final InMemoryLearners learners = new InMemoryLearners();
    public final InMemoryCompanies companies = new InMemoryCompanies();
    public final InMemorySchools schools = new InMemorySchools();
    public final InMemoryMemberships memberships = new InMemoryMemberships();
    public final LearnerService learnerService;
    public final OfferService offerService;
    public final ApplicationService applicationService;
    public final MatchService matchService;
    public final Learner alice;
    public final Learner bob;
    public final Learner carol;
    private final Map<Who, Actor> actors = new EnumMap<>(Who.class);

    public MarketplaceScene() {
        this(new InMemoryOffers(), new InMemoryApplications());
    }

    /** A scene over these stores (a subclass that interleaves writes, or makes them thread-safe). */
    MarketplaceScene(InMemoryOffers offers, InMemoryApplications applications) {
        this.offers = offers;
        this.applications = applications;
        learnerService = new LearnerService(learners, schools, Fixtures.countingIds("learner-"), Fixtures.events(),
                Fixtures.CLOCK);
        offerService = new OfferService(offers, companies, schools, memberships, Fixtures.countingIds("offer-"),
                Fixtures.events(), Fixtures.CLOCK);
        applicationService = new ApplicationService(applications, offers, learners,
                Fixtures.countingIds("application-"), Fixtures.events(), Fixtures.CLOCK);
        matchService = new MatchService(learnerService, offerService, offers, learners, applications, schools,
                MatchWeights.DEFAULT, Fixtures.CLOCK);

        companies.seed(company(COMPANY_C, "Studio Rhône", "81234567800013",
                new Site(SITE_LYON, "Studio Lyon", address("Lyon", LYON)),
                new Site(SITE_PARIS, "Studio Paris", address("Paris", PARIS))));
        companies.seed(company(COMPANY_D, "Son du Sud", "52345678900016",
                new Site(SITE_MARSEILLE, "Studio Marseille", address("Marseille", MARSEILLE))));
        schools.seed(school(SCHOOL_A, "École A", PartnershipTier.CERTIFIED));
        schools.seed(school(SCHOOL_B, "École B", PartnershipTier.DISCOVERY));
        alice = seed(learner("learner-alice", "alice", "Martin", SCHOOL_A, VILLEURBANNE, 30,
                skill(SOUND_MIXING, ProficiencyLevel.ADVANCED), skill(LIGHTING, ProficiencyLevel.BEGINNER)));
        bob = seed(learner("learner-bob", "bob", "Durand", null, LYON, 20,
                skill(SOUND_MIXING, ProficiencyLevel.INTERMEDIATE)));
        carol = seed(learner("learner-carol", "carol", "Petit", SCHOOL_B, VILLEURBANNE, 30,
                skill(SOUND_MIXING, ProficiencyLevel.ADVANCED), skill(LIGHTING, ProficiencyLevel.BEGINNER)));

        actors.put(Who.PLATFORM_ADMIN, Actors.platformAdmin());
        actors.put(Who.ADVISOR, Actors.advisor());
        actors.put(Who.RECRUITER_OF_C, member("recruiter-c", Tenant.company(COMPANY_C), MembershipRole.RECRUITER));
        actors.put(Who.TUTOR_OF_C, member("tutor-c", Tenant.company(COMPANY_C), MembershipRole.TUTOR));
        actors.put(Who.RECRUITER_OF_D, member("recruiter-d", Tenant.company(COMPANY_D), MembershipRole.RECRUITER));
        actors.put(Who.STAFF_OF_SCHOOL_A, member("staff-a", Tenant.school(SCHOOL_A), MembershipRole.SCHOOL_STAFF));
        actors.put(Who.STAFF_OF_SCHOOL_B, member("staff-b", Tenant.school(SCHOOL_B), MembershipRole.SCHOOL_STAFF));
        actors.put(Who.ALICE, Actors.learner("alice"));
        actors.put(Who.BOB, Actors.learner("bob"));
        actors.put(Who.CAROL, Actors.learner("carol"));
        actors.put(Who.NO_PROFILE, Actors.learner("nobody"));
    }

    public Actor as(Who who) {
        return actors.get(who);
    }

    // --- offers ---

    public static OfferCommandBuilder offer() {
        return new OfferCommandBuilder();
    }

    /** A draft of company C, created by its recruiter. */
    public InternshipOffer draft(OfferCommandBuilder command) {
        return offerService.create(as(Who.RECRUITER_OF_C), COMPANY_C, command.build());
    }

    /** An offer of company C, created and published by its recruiter. */
    public InternshipOffer published(OfferCommandBuilder command) {
        return offerService.publish(as(Who.RECRUITER_OF_C), draft(command).id());
    }

    /** A default offer of company D at its Marseille site, created and published by its recruiter. */
    public InternshipOffer publishedByD() {
        Actor recruiter = as(Who.RECRUITER_OF_D);
        InternshipOffer draft = offerService.create(recruiter, COMPANY_D, offer().site(SITE_MARSEILLE).build());
        return offerService.publish(recruiter, draft.id());
    }

    /**
     * Stores an offer of company C in a status as test data, whatever its dates: a PUBLISHED offer whose start date
     * is past is one that expired without anything storing it.
     */
    public InternshipOffer seedOffer(String id, OfferStatus status, OfferCommandBuilder command) {
        var terms = command.build().validate(command.siteId.equals(SITE_PARIS) ? PARIS : LYON,
                command.siteId.equals(SITE_PARIS) ? "Paris" : "Lyon", TODAY);
        var offer = new InternshipOffer(id, COMPANY_C, terms, status, 1, List.of(), "recruiter-c", NOW, NOW,
                status == OfferStatus.DRAFT ? null : NOW, 0);
        offers.seed(offer);
        return offer;
    }

    public InternshipOffer stored(InternshipOffer offer) {
        return offers.findById(offer.id()).orElseThrow();
    }

    // --- applications ---

    /** The learner applies, sharing these parts. */
    public Application apply(Who learner, InternshipOffer offer, ProfilePart... shared) {
        return applicationService.apply(as(learner), offer.id(),
                new ApplicationCommand("Bonjour", Arrays.asList(shared)));
    }

    /** The learner applies sharing every part, and the offer's company offers them the position. */
    public Application offered(Who learner, InternshipOffer offer) {
        Application application = apply(learner, offer, ProfilePart.values());
        return applicationService.makeOffer(recruiterOf(offer), application.id());
    }

    public Actor recruiterOf(InternshipOffer offer) {
        return as(offer.companyId().equals(COMPANY_D) ? Who.RECRUITER_OF_D : Who.RECRUITER_OF_C);
    }

    public Application stored(Application application) {
        return applications.findById(application.id()).orElseThrow();
    }

    // --- learners ---

    public Learner seed(Learner learner) {
        learners.seed(learner);
        return learner;
    }

    public static LearnerSkill skill(String code, ProficiencyLevel level) {
        return new LearnerSkill(code, level, List.of(), null);
    }

    /**
     * A learner with an account, studying BTS-SON at the school (or independent), speaking English at C1,
     * available from mid-March to July 2025, who may work within the radius of the home base.
     */
    public static Learner learner(String id, String subject, String lastName, String schoolId, GeoPoint homeBase,
                           int radiusKm, LearnerSkill... skills) {
        var academic = new Academic(schoolId, schoolId == null ? null : "ext-" + id, schoolId == null ? null : "BTS-SON",
                2026, List.of("Prise de son"), List.of(), List.of(new Academic.Language("en", CefrLevel.C1)));
        var identity = new LearnerIdentity(subject, lastName, Actors.emailOf(subject), null, null, null);
        Learner learner = Learner.register(id, subject, identity, LearnerType.STUDENT, ArrivalSource.SCHOOL_IMPORT,
                academic, "seed", NOW);
        for (LearnerSkill skill : skills) {
            learner = learner.withSkill(skill, NOW);
        }
        return learner.withCareer(career(new CareerPreferences.Mobility(homeBase, radiusKm, false, false)), NOW);
    }

    static CareerPreferences career(CareerPreferences.Mobility mobility) {
        return new CareerPreferences(List.of(), List.of(), mobility,
                List.of(new DateRange(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 7, 31))), null);
    }

    // --- organisations ---

    /** Stores the company again with a new vetting decision (or none, for PENDING). */
    void vet(String companyId, VettingStatus vetting) {
        Company company = companies.findById(companyId).orElseThrow();
        var decision = vetting == VettingStatus.PENDING ? Vetting.PENDING : new Vetting(vetting, null, "advisor", NOW);
        companies.seed(new Company(company.id(), company.profile(), company.sites(), decision, company.workforce(), company.createdBy(),
                company.createdAt(), company.updatedAt(), company.version()));
    }

    private Actor member(String subject, Tenant tenant, MembershipRole role) {
        return Actors.member(memberships, subject, tenant, role);
    }

    private static Address address(String city, GeoPoint location) {
        return new Address("1 rue du Studio", "69001", city, "FR", location);
    }

    private static Company company(String id, String name, String siret, Site... sites) {
        var profile = new CompanyProfile(name, null, Siret.of(siret), CompanyKind.STUDIO, null, null);
        return new Company(id, profile, List.of(sites), new Vetting(VettingStatus.VERIFIED, null, "advisor", NOW), null,
                "seed", NOW, NOW, 0);
    }

    private static School school(String id, String name, PartnershipTier tier) {
        return new School(id, new SchoolProfile(name, SchoolKind.SOUND, null, null, null, null), tier,
                List.of(Program.of("BTS-SON", "BTS Audiovisuel option son", "BTS", 24)), "seed", NOW, NOW, 0);
    }

    /** An offer as a recruiter sends it; every field settable, {@link #build()} callable repeatedly. */
    public static final class OfferCommandBuilder {
        private String title = "Assistant son";
        private String siteId = SITE_LYON;
        private String tutorMembershipId;
        private LocalDate startDate = START;
        private LocalDate endDate = END;
        private int hoursPerWeek = 35;
        private List<SkillInput> requiredSkills = List.of(new SkillInput(SOUND_MIXING, ProficiencyLevel.INTERMEDIATE));
        private List<SkillInput> niceToHaveSkills = List.of(new SkillInput(LIGHTING, ProficiencyLevel.BEGINNER));
        private int positions = 2;
        private List<String> targetSchoolIds = List.of();
        private List<String> targetProgramCodes = List.of();
        private WorkMode workMode = WorkMode.ON_SITE;

        public OfferCommandBuilder title(String value) {
            title = value;
            return this;
        }

        public OfferCommandBuilder site(String id) {
            siteId = id;
            return this;
        }

        public OfferCommandBuilder tutor(String membershipId) {
            tutorMembershipId = membershipId;
            return this;
        }

        public OfferCommandBuilder dates(LocalDate start, LocalDate end) {
            startDate = start;
            endDate = end;
            return this;
        }

        /** Starting that many days from {@link Fixtures#TODAY} (negative: started already), ending in June. */
        public OfferCommandBuilder startingIn(int days) {
            return dates(TODAY.plusDays(days), END);
        }

        OfferCommandBuilder hoursPerWeek(int value) {
            hoursPerWeek = value;
            return this;
        }

        OfferCommandBuilder required(SkillInput... skills) {
            requiredSkills = List.of(skills);
            return this;
        }

        OfferCommandBuilder niceToHave(SkillInput... skills) {
            niceToHaveSkills = List.of(skills);
            return this;
        }

        public OfferCommandBuilder positions(int value) {
            positions = value;
            return this;
        }

        public OfferCommandBuilder targetSchools(String... ids) {
            targetSchoolIds = List.of(ids);
            return this;
        }

        OfferCommandBuilder targetPrograms(String... codes) {
            targetProgramCodes = List.of(codes);
            return this;
        }

        OfferCommandBuilder workMode(WorkMode value) {
            workMode = value;
            return this;
        }

        public OfferCommand build() {
            return new OfferCommand(OfferKind.INTERNSHIP, title, "Prise de son et mixage en studio.", siteId,
                    tutorMembershipId, startDate, endDate, hoursPerWeek, Money.euros(650), requiredSkills,
                    niceToHaveSkills, List.of("Prise de son"), List.of(new LanguageInput("en", CefrLevel.B2)),
                    positions, targetSchoolIds, targetProgramCodes, workMode, null, null);
        }
    }
}
