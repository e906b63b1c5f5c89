package fr.passerelle.api.dev;

import fr.passerelle.catalog.model.Accessibility;
import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.catalog.model.CertificationCode;
import fr.passerelle.catalog.model.CompetencyBlock;
import fr.passerelle.catalog.model.FunderReferences;
import fr.passerelle.catalog.model.HalfDay;
import fr.passerelle.catalog.model.Modality;
import fr.passerelle.catalog.model.PriceBasis;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.catalog.model.ProgrammePrice;
import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionDetails;
import fr.passerelle.catalog.model.WeeklySlot;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * MécaFormation Lyon's catalogue for the demo, from its product documents: first-arrival coaching at 890 € per
 * learner, garage team coaching at 1,490 € for a team of up to 8, and a certifying CAP programme; each published, with
 * open sessions starting next month. The CAP session is full with a waiting list, the coaching one has a few seats
 * taken by demo contacts. Fixed ids: seeded only when missing. {@code GET /catalog/demo-school-mecaformation-lyon}
 * shows them without a token.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1) // after DemoCrm, whose contacts hold the seats; before DemoEnrollments
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoCatalog implements ApplicationRunner {

    static final String SCHOOL = DemoData.SCHOOL_B;
    private static final Address WORKSHOP = new Address("12 rue de Gerland", "69007", "Lyon", "FR", null);
    private static final Accessibility ACCESSIBILITY = new Accessibility(
            "Référente handicap : handicap@mecaformation.example", "Ateliers de plain-pied, postes réglables, "
            + "rythme et évaluations aménagés sur demande");
    private static final String CONTACT = "contact@mecaformation.example, +33 4 78 00 00 00";

    private final Programmes programmes;
    private final Sessions sessions;
    private final EventFactory events;
    private final Clock clock;

    DemoCatalog(Programmes programmes, Sessions sessions, EventFactory events, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        LocalDate nextMonth = PlatformCalendar.today(clock).plusMonths(1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        programme("demo-programme-coaching-primo", new ProgrammeDetails("Coaching primo-arrivants", null, null, null,
                "Découvrir les métiers de l'atelier, consolider le français et les maths du métier, préparer une "
                        + "entrée en CAP", List.of(), "Aucun diplôme requis ; entretien de motivation", 140,
                Set.of(Modality.BLENDED), new ProgrammePrice(Money.euros(890), PriceBasis.PER_LEARNER, null), 14,
                ACCESSIBILITY, "Ateliers pratiques, tutorat, cours en petits groupes", "Positionnement initial, "
                + "évaluations en situation, bilan de fin de parcours", CONTACT), now);
        programme("demo-programme-coaching-garage", new ProgrammeDetails("Coaching équipe garage", null, null, null,
                "Organiser l'atelier, fiabiliser les diagnostics, gagner en productivité", List.of(),
                "Être salarié d'un garage ; audit d'atelier préalable", 35, Set.of(Modality.ON_SITE),
                new ProgrammePrice(Money.euros(1_490), PriceBasis.PER_GROUP, 8), 21, ACCESSIBILITY,
                "Audit, ateliers sur site, plateforme de contenus", "Mises en situation et indicateurs d'atelier",
                CONTACT), now);
        // A demo code in the register's form; a real programme quotes its certification's own record.
        programme("demo-programme-cap-mv", new ProgrammeDetails("CAP Maintenance des véhicules",
                CertificationCode.parse("RNCP37459"), 3, "Ministère de l'Éducation nationale",
                "Diagnostiquer et réparer les véhicules légers", List.of(
                        new CompetencyBlock("RNCP37459BC01", "Préparer une intervention de maintenance"),
                        new CompetencyBlock("RNCP37459BC02", "Réaliser une intervention de maintenance")),
                "Avoir 16 ans ; entretien et test de positionnement", 800, Set.of(Modality.ON_SITE),
                new ProgrammePrice(Money.euros(6_400), PriceBasis.PER_LEARNER, null), 30, ACCESSIBILITY,
                "Cours, plateau technique, stage en garage", "Contrôle en cours de formation et épreuves du CAP",
                CONTACT), now);
        session("demo-session-coaching-primo", "demo-programme-coaching-primo", nextMonth, 12, List.of(
                "demo-contact-amadou-diallo", "demo-contact-karim-benali", "demo-contact-nadia-haddad"), now);
        session("demo-session-coaching-garage", "demo-programme-coaching-garage", nextMonth.plusWeeks(2), 8,
                List.of(), now);
        session("demo-session-cap-mv", "demo-programme-cap-mv", nextMonth, 2, List.of("demo-contact-thomas-girard",
                "demo-contact-ines-moreau", "demo-contact-julie-roux"), now);
    }

    private void programme(String id, ProgrammeDetails details, Instant now) {
        DemoCrm.ignoringRaces(() -> {
            if (programmes.findById(id).isEmpty()) {
                Programme programme = Programme.draft(id, SCHOOL, details, DemoPersona.SCHOOL_ADMIN_B.subject(), now)
                        .published(now);
                programmes.insert(programme, events.created(CatalogEvents.PROGRAMME_PUBLISHED, Initiator.system(),
                        programme, CatalogEvents.of(programme)));
            }
        });
    }

    /** An open session; the contacts reserve in order, past the capacity onto the waiting list. */
    private void session(String id, String programmeId, LocalDate start, int capacity, List<String> contacts,
                         Instant now) {
        DemoCrm.ignoringRaces(() -> {
            if (sessions.findById(id).isEmpty()) {
                SessionDetails details = new SessionDetails(new DateRange(start, start.plusWeeks(capacity > 2 ? 6 : 40)),
                        List.of(slot(DayOfWeek.MONDAY, HalfDay.MORNING), slot(DayOfWeek.MONDAY, HalfDay.AFTERNOON),
                                slot(DayOfWeek.WEDNESDAY, HalfDay.MORNING), slot(DayOfWeek.THURSDAY, HalfDay.MORNING)),
                        WORKSHOP, false, capacity, List.of(), new FunderReferences(null, null, null));
                Session session = Session.plan(id, SCHOOL, programmeId, details, DemoPersona.ADMISSIONS_B.subject(),
                        now).opened(now);
                for (String contact : contacts) {
                    session = session.reserved(new Seat(Seat.contactHolder(contact), contact, now));
                }
                sessions.insert(session, events.created(CatalogEvents.SESSION_OPENED, Initiator.system(), session,
                        CatalogEvents.of(session)));
            }
        });
    }

    private static WeeklySlot slot(DayOfWeek day, HalfDay half) {
        return half == HalfDay.MORNING ? new WeeklySlot(day, half, LocalTime.of(8, 30), LocalTime.of(12, 0))
                : new WeeklySlot(day, half, LocalTime.of(13, 30), LocalTime.of(17, 0));
    }
}
