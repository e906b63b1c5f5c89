package fr.passerelle.api.dev;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactLinks;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.Funder;
import fr.passerelle.crm.model.FunderKind;
import fr.passerelle.crm.model.LifecycleStage;
import fr.passerelle.crm.model.LifecycleTargets;
import fr.passerelle.crm.model.LifecycleTargetsEvents;
import fr.passerelle.crm.model.Segment;
import fr.passerelle.crm.model.SegmentEvents;
import fr.passerelle.crm.model.SegmentFilter;
import fr.passerelle.crm.model.StageTrack;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.LifecycleTargetLists;
import fr.passerelle.crm.port.out.Segments;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * MécaFormation Lyon's CRM for the demo: its own lifecycle target kinds, a dozen contacts of every role, source and
 * stage (two of them the same person typed twice, ready for {@code contactMerge}), owned by Amina Conseil
 * ({@code admissions-b}), and a segment of job seekers of the Rhône. Fixed ids: seeded only when missing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 2) // before DemoDeals and DemoCatalog, whose deals and seats go to these contacts
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoCrm implements ApplicationRunner {

    static final String SCHOOL = DemoData.SCHOOL_B;
    static final List<String> TARGETS = List.of("CANDIDAT", "ENTREPRISE", "FINANCEUR");

    private final Contacts contacts;
    private final Segments segments;
    private final LifecycleTargetLists targets;
    private final EventFactory events;
    private final Clock clock;

    DemoCrm(Contacts contacts, Segments segments, LifecycleTargetLists targets, EventFactory events, Clock clock) {
        this.contacts = contacts;
        this.segments = segments;
        this.targets = targets;
        this.events = events;
        this.clock = clock;
    }

    /** One demo contact: who, how they came, what they are, where they stand. */
    private record Seed(String id, String given, String family, String email, String phone, String postalCode,
                        String city, Integer birthYear, ContactSituation situation, ContactSource source,
                        String campaign, Set<ContactRole> roles, Funder funder, Set<String> tags, String target,
                        List<LifecycleStage> stages, int daysAgo) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        String owner = DemoPersona.ADMISSIONS_B.subject();
        ignoringRaces(() -> {
            if (targets.findById(SCHOOL).isEmpty()) {
                LifecycleTargets list = new LifecycleTargets(SCHOOL, TARGETS, now, now, 0);
                targets.insert(list, events.created(LifecycleTargetsEvents.CHANGED, Initiator.system(), list,
                        Map.of(ContactEvents.SCHOOL_ID, SCHOOL)));
            }
        });
        for (Seed seed : seeds()) {
            ignoringRaces(() -> {
                if (contacts.findById(seed.id()).isEmpty()) {
                    Contact contact = contact(seed, owner, now);
                    contacts.insert(contact, events.created(ContactEvents.CREATED, Initiator.system(), contact,
                            ContactEvents.attributesOf(contact)));
                }
            });
        }
        ignoringRaces(() -> {
            String id = "demo-segment-demandeurs-rhone";
            if (segments.findById(id).isEmpty()) {
                SegmentFilter filter = new SegmentFilter(Set.of(ContactRole.PROSPECT), null, null, null,
                        Set.of(ContactSituation.JOB_SEEKER), null, null, 18, null, Set.of("69"), null, null);
                Segment segment = Segment.create(id, SCHOOL, "Demandeurs d'emploi du Rhône", filter,
                        DemoPersona.SCHOOL_ADMIN_B.subject(), now);
                segments.insert(segment, events.created(SegmentEvents.CREATED, Initiator.system(), segment,
                        SegmentEvents.attributesOf(segment)));
            }
        });
    }

    private static Contact contact(Seed seed, String owner, Instant now) {
        Instant created = now.minus(Duration.ofDays(seed.daysAgo()));
        var details = new ContactDetails(seed.given(), seed.family(),
                seed.email() == null ? null : EmailAddress.of(seed.email()), seed.phone(),
                seed.postalCode() == null ? null : new Address(null, seed.postalCode(), seed.city(), "FR", null),
                seed.birthYear(), seed.situation(), seed.source(), seed.campaign(),
                new ContactLinks(null, seed.funder(), null, null));
        Contact contact = Contact.create(seed.id(), SCHOOL, details, seed.roles(), owner, seed.tags(),
                "system:demo-data", created);
        if (seed.stages().isEmpty()) {
            return contact;
        }
        StageTrack track = StageTrack.start(seed.target(), seed.stages().get(0), owner, created);
        for (int i = 1; i < seed.stages().size(); i++) {
            track = track.movedTo(seed.stages().get(i), owner, created.plus(Duration.ofDays(2L * i)));
        }
        return contact.withStages(List.of(track), created);
    }

    private static List<Seed> seeds() {
        var prospect = Set.of(ContactRole.PROSPECT);
        return List.of(
                new Seed("demo-contact-karim-benali", "Karim", "Benali", "karim.benali@example.fr", "+33612000001",
                        "69008", "Lyon", 1994, ContactSituation.JOB_SEEKER, ContactSource.FRANCE_TRAVAIL, null,
                        prospect, null, Set.of("CAP-MV", "reconversion"), "CANDIDAT",
                        List.of(LifecycleStage.AWARENESS, LifecycleStage.CONSIDERATION), 20),
                // The same person typed again from a fair's sign-up sheet: same phone, another address. Merge them.
                new Seed("demo-contact-k-benali", "K.", "Benali", "kbenali@example.org", "+330612000001", "69008",
                        "Lyon", null, null, ContactSource.EVENT, "Salon de l'apprentissage 2026", prospect, null,
                        Set.of("salon-2026"), null, List.of(), 6),
                new Seed("demo-contact-ines-moreau", "Inès", "Moreau", "ines.moreau@example.fr", null, "69100",
                        "Villeurbanne", 2006, ContactSituation.STUDENT, ContactSource.SOCIAL, "Instagram alternance",
                        prospect, null, Set.of("BACPRO-MV", "alternance"), "CANDIDAT",
                        List.of(LifecycleStage.AWARENESS), 3),
                new Seed("demo-contact-thomas-girard", "Thomas", "Girard", "thomas.girard@example.fr", "+33612000004",
                        "69200", "Vénissieux", 1988, ContactSituation.CAREER_CHANGE, ContactSource.GOOGLE_ADS,
                        "Reconversion mécanique", prospect, null, Set.of("CAP-MV", "reconversion"), "CANDIDAT",
                        List.of(LifecycleStage.AWARENESS, LifecycleStage.CONSIDERATION, LifecycleStage.DECISION), 30),
                new Seed("demo-contact-nadia-haddad", "Nadia", "Haddad", "nadia.haddad@example.fr", "+33612000005",
                        "69003", "Lyon", 1999, ContactSituation.JOB_SEEKER, ContactSource.SEO, null, prospect, null,
                        Set.of("HAB-ELEC"), "CANDIDAT", List.of(LifecycleStage.CONSIDERATION), 12),
                new Seed("demo-contact-olivier-dupuis", "Olivier", "Dupuis", "olivier.dupuis@example.fr", null,
                        "42000", "Saint-Étienne", 1985, ContactSituation.EMPLOYEE, ContactSource.REFERRAL, null,
                        Set.of(ContactRole.LEARNER), null, Set.of("HAB-ELEC", "ambassadeur"), "CANDIDAT",
                        List.of(LifecycleStage.DECISION, LifecycleStage.RETENTION, LifecycleStage.ADVOCACY), 200),
                new Seed("demo-contact-amadou-diallo", "Amadou", "Diallo", "amadou.diallo@example.fr", "+33612000007",
                        "69007", "Lyon", 2001, ContactSituation.FIRST_ARRIVAL, ContactSource.WORD_OF_MOUTH, null,
                        prospect, null, Set.of("CAP-MV", "FLE"), "CANDIDAT", List.of(LifecycleStage.AWARENESS), 2),
                new Seed("demo-contact-claire-martin", "Claire", "Martin", "claire.martin@example.fr", "+33478000008",
                        "69007", "Lyon", null, null, ContactSource.OTHER, null, Set.of(ContactRole.COMPANY_CONTACT),
                        null, Set.of("tuteur", "Garage Martin"), "ENTREPRISE", List.of(LifecycleStage.RETENTION), 400),
                new Seed("demo-contact-luc-bernard", "Luc", "Bernard", "luc.bernard@example.fr", "+33478000009",
                        "69200", "Vénissieux", null, null, ContactSource.EVENT, "Job dating garages",
                        Set.of(ContactRole.COMPANY_CONTACT), null, Set.of("recrutement"), "ENTREPRISE",
                        List.of(LifecycleStage.CONSIDERATION), 45),
                new Seed("demo-contact-sophie-lefevre", "Sophie", "Lefèvre", "sophie.lefevre@example.fr",
                        "+33472000010", "69002", "Lyon", null, null, ContactSource.OTHER, null,
                        Set.of(ContactRole.FUNDER_CONTACT), new Funder(FunderKind.OPCO, "OPCO Mobilités"),
                        Set.of("financement"), "FINANCEUR", List.of(LifecycleStage.RETENTION), 300),
                new Seed("demo-contact-marc-petit", "Marc", "Petit", "marc.petit@example.fr", "+33472000011",
                        "69003", "Lyon", null, null, ContactSource.FRANCE_TRAVAIL, null,
                        Set.of(ContactRole.FUNDER_CONTACT), new Funder(FunderKind.FRANCE_TRAVAIL,
                        "France Travail Lyon Part-Dieu"), Set.of("financement", "prescripteur"), "FINANCEUR",
                        List.of(LifecycleStage.CONSIDERATION), 90),
                new Seed("demo-contact-julie-roux", "Julie", "Roux", "julie.roux@example.fr", "+33612000012",
                        "38000", "Grenoble", 1997, ContactSituation.JOB_SEEKER, ContactSource.WEB_FORM, null,
                        prospect, null, Set.of("BACPRO-MV"), "CANDIDAT", List.of(LifecycleStage.AWARENESS), 1));
    }

    /** Seeds unless another instance starting at the same time already did (the fixed id is then taken). */
    static void ignoringRaces(Runnable seed) {
        try {
            seed.run();
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            // Seeded meanwhile: nothing to do.
        }
    }
}
