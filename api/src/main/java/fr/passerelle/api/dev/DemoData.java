package fr.passerelle.api.dev;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyEvents;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.Siret;
import fr.passerelle.company.model.Site;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.company.model.Workforce;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationEvents;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipEvents;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolEvents;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.WebAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A realistic demo data set (schools of seed 003, an automotive school, garages, dealerships, studios, venues, their
 * offers, an application of Léa's and her draft agreement with Garage Martin) and the demo personas' memberships.
 * Fixed ids make it idempotent: each start inserts only what is missing and never overwrites what people changed.
 * It writes through the domain's out-ports, not the use cases, because it sets up state no single actor could
 * (tiers, vetting decisions, active memberships).
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String SCHOOL_A = "demo-school-louis-lumiere";
    static final String SCHOOL_B = "demo-school-mecaformation-lyon";
    static final String COMPANY_X = "demo-company-garage-martin";
    static final String COMPANY_Y = "demo-company-sonotec-live";
    private static final String SYSTEM = "system:demo-data";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Schools schools;
    private final Companies companies;
    private final Memberships memberships;
    private final Learners learners;
    private final InternshipOffers offers;
    private final Applications applications;
    private final Agreements agreements;
    private final EventFactory events;
    private final Clock clock;

    DemoData(Schools schools, Companies companies, Memberships memberships, Learners learners,
             InternshipOffers offers, Applications applications, Agreements agreements, EventFactory events,
             Clock clock) {
        this.schools = schools;
        this.companies = companies;
        this.memberships = memberships;
        this.learners = learners;
        this.offers = offers;
        this.applications = applications;
        this.agreements = agreements;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        int added = 0;
        for (School school : schools(now)) {
            added += insertIfMissing(school.id(), schools::findById, schools::insert, school,
                    events.created(SchoolEvents.REGISTERED, Initiator.system(), school, Map.of()));
        }
        for (Company company : companies(now)) {
            added += insertIfMissing(company.id(), companies::findById, companies::insert, company,
                    events.created(CompanyEvents.REGISTERED, Initiator.system(), company, Map.of()));
        }
        for (DemoPersona persona : DemoPersona.values()) {
            if (persona.tenant().isPresent()) {
                Membership membership = Membership.invite("demo-membership-" + persona.key(), persona.tenant().get(),
                        persona.membershipRole().orElseThrow(), EmailAddress.of(persona.email()), SYSTEM, now)
                        .activate(persona.subject(), now);
                added += insertIfMissing(membership.id(), memberships::findById, memberships::insert, membership,
                        events.created(MembershipEvents.ACTIVATED, Initiator.system(), membership,
                                MembershipEvents.attributesOf(membership)));
            }
        }
        for (Learner learner : DemoLearners.all(now)) {
            added += insertIfMissing(learner.id(), learners::findById, learners::insert, learner,
                    events.created(LearnerEvents.REGISTERED, Initiator.system(), learner, Map.of()));
        }
        for (InternshipOffer offer : DemoOffers.all(now)) {
            added += insertIfMissing(offer.id(), offers::findById, offers::insert, offer,
                    events.created(OfferEvents.CREATED, Initiator.system(), offer, Map.of()));
        }
        Application lea = DemoOffers.leaApplication(offers.findById(DemoOffers.DIAGNOSTIC).orElseThrow(), now);
        added += insertIfMissing(lea.id(), applications::findById, applications::insert, lea,
                events.created(ApplicationEvents.SUBMITTED, Initiator.system(), lea, Map.of()));
        Agreement agreement = DemoAgreements.leaDraft(now);
        added += insertIfMissing(agreement.id(), agreements::findById, agreements::insert, agreement,
                events.created(AgreementEvents.CREATED, Initiator.system(), agreement, Map.of()));
        log.info("Demo data present ({} objects added this start)", added);
    }

    /** Seeded objects are recorded like any other write: their events say the platform itself created them. */
    private static <T> int insertIfMissing(String id, Function<String, Optional<T>> find,
                                           BiFunction<T, DomainEvent, T> insert, T value, DomainEvent event) {
        if (find.apply(id).isPresent()) {
            return 0;
        }
        try {
            insert.apply(value, event);
            return 1;
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            return 0;
        }
    }

    private static List<School> schools(Instant now) {
        return List.of(
                school(SCHOOL_A, "ENS Louis-Lumière", SchoolKind.CINEMA_AUDIOVISUAL, PartnershipTier.PREMIUM,
                        address("20 rue Ampère", "93200", "Saint-Denis", 48.9186, 2.3597), "https://www.ens-louis-lumiere.fr",
                        now, program("CINE", "Master Cinéma", "Master", 24), program("SON", "Master Son", "Master", 24)),
                school(SCHOOL_B, "MécaFormation Lyon", SchoolKind.AUTOMOTIVE, PartnershipTier.CERTIFIED,
                        address("12 avenue Tony Garnier", "69007", "Lyon", 45.7300, 4.8280), "https://www.mecaformation.fr",
                        now, program("CAP-MV", "CAP Maintenance des véhicules", "CAP", 24),
                        program("BACPRO-MV", "Bac Pro Maintenance des véhicules", "Bac Pro", 36),
                        program("HAB-ELEC", "Habilitation électrique B0L/B1VL/B2VL", "Certificat", 1)),
                school("demo-school-la-femis", "La Fémis", SchoolKind.CINEMA_AUDIOVISUAL, PartnershipTier.STRATEGIC,
                        address("6 rue Francœur", "75018", "Paris", 48.8890, 2.3450), "https://www.femis.fr", now,
                        program("REAL", "Réalisation", "Master", 48)),
                school("demo-school-sae-paris", "SAE Institute Paris", SchoolKind.SOUND, PartnershipTier.CERTIFIED,
                        address("45 avenue Victor Hugo", "93300", "Aubervilliers", 48.9120, 2.3840),
                        "https://www.sae.edu/fra", now, program("AUDIO", "Audio Engineering", "Bachelor", 36)),
                school("demo-school-ists", "ISTS Avignon", SchoolKind.LIGHTING_STAGE, PartnershipTier.DISCOVERY,
                        address("Cloître Saint-Louis", "84000", "Avignon", 43.9450, 4.8050), null, now,
                        program("REGIE", "Régie lumière", "Certificat", 12)),
                school("demo-school-eicar", "EICAR", SchoolKind.CINEMA_AUDIOVISUAL, PartnershipTier.DISCOVERY,
                        address("50 avenue du Président Wilson", "93210", "Saint-Denis", 48.9230, 2.3560),
                        "https://www.eicar.fr", now));
    }

    private static List<Company> companies(Instant now) {
        return List.of(
                company(COMPANY_X, "Garage Martin Automobiles SARL", "Garage Martin", "81234567800013",
                        CompanyKind.INDEPENDENT_GARAGE, VettingStatus.VERIFIED, now,
                        site("Atelier Gerland", address("8 rue de Gerland", "69007", "Lyon", 45.7330, 4.8330))),
                company(COMPANY_Y, "Sonotec Live SAS", "Sonotec Live", "52345678900016", CompanyKind.STUDIO,
                        VettingStatus.VERIFIED, now,
                        site("Studio Oberkampf", address("102 rue Oberkampf", "75011", "Paris", 48.8650, 2.3780))),
                company("demo-company-lyon-sud-auto", "Lyon Sud Automobiles SA", "Lyon Sud Auto", "44123456700028",
                        CompanyKind.DEALERSHIP, VettingStatus.PENDING, now,
                        site("Concession Vénissieux", address("5 boulevard Joliot-Curie", "69200", "Vénissieux", 45.6970, 4.8860))),
                company("demo-company-auto-centre-villeurbanne", "Auto Centre Villeurbanne SAS", null, "78912345600012",
                        CompanyKind.AUTO_CENTRE, VettingStatus.VERIFIED, now,
                        site("Centre Grandclément", address("30 rue Francis de Pressensé", "69100", "Villeurbanne", 45.7600, 4.8900))),
                company("demo-company-hydrive-lyon", "HyDrive Lyon SAS", "HyDrive", "34567890100017",
                        CompanyKind.HYDROGEN_STATION, VettingStatus.PENDING, now,
                        site("Station Port Édouard Herriot", address("1 rue du Port", "69007", "Lyon", 45.7180, 4.8280))),
                company("demo-company-transbordeur", "Le Transbordeur SCIC", "Le Transbordeur", "61234987600013",
                        CompanyKind.VENUE, VettingStatus.VERIFIED, now,
                        site("Salle", address("3 boulevard de Stalingrad", "69100", "Villeurbanne", 45.7830, 4.8600)))
                        // 45 employees at the end of last month and an intern from elsewhere: at most 7 interns a
                        // week (R124-10), so its agreements show the quota checked.
                        .withWorkforce(new Workforce(45, PlatformCalendar.dayOf(now).withDayOfMonth(1).minusDays(1), 1,
                                SYSTEM, now), now));
    }

    private static School school(String id, String name, SchoolKind kind, PartnershipTier tier, Address address,
                                 String website, Instant now, Program... programs) {
        var profile = new SchoolProfile(name, kind, address, website == null ? null : WebAddress.of(website), null, null);
        School school = School.register(id, profile, SYSTEM, now).withTier(tier, now);
        for (Program program : programs) {
            school = school.withProgram(program, now);
        }
        return school;
    }

    private static Company company(String id, String legalName, String tradeName, String siret, CompanyKind kind,
                                   VettingStatus vetting, Instant now, Site site) {
        var profile = new CompanyProfile(legalName, tradeName, Siret.of(siret), kind, null, null);
        Company company = Company.register(id, profile, SYSTEM, now).withSite(site, now);
        return vetting == VettingStatus.PENDING ? company
                : company.decide(vetting, "Demo data: vetted", SYSTEM, now);
    }

    private static Site site(String name, Address address) {
        return new Site("site-" + name.toLowerCase().replaceAll("[^a-z]+", "-"), name, address);
    }

    private static Program program(String code, String name, String level, int months) {
        return Program.of(code, name, level, months);
    }

    private static Address address(String street, String postalCode, String city, double lat, double lon) {
        return new Address(street, postalCode, city, "FR", new GeoPoint(lat, lon));
    }
}
