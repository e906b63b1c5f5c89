package fr.passerelle.api.dev;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactQuery;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.DefaultPipeline;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Paging;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * MécaFormation Lyon's sales pipeline for the demo: the default pipeline with a deal in every stage (the product
 * documents' offers: 890 € coaching for first arrivals, 1 490 € for a garage's team), owned by its admin Bruno Méca,
 * with two tasks due today and one overdue (whose reminder notifies him), and one deal past the "À relancer" delay.
 * Deals go to the school's demo contacts, the first ones by name (a few are added when it has fewer). Runs after the
 * other demo data; seeded once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoDeals implements ApplicationRunner {

    private static final String SCHOOL = DemoData.SCHOOL_B;
    private static final String FIRST_DEAL = "demo-deal-1";
    private static final Duration DAY = Duration.ofDays(1);

    private record DealSeed(String stageId, String title, long euros, Duration inStage, String lostReason) {
    }

    private static final List<DealSeed> DEALS = List.of(
            new DealSeed(DefaultPipeline.DISCOVERY, "Coaching primo-arrivant", 890, Duration.ofHours(3), null),
            new DealSeed(DefaultPipeline.INTERESTED, "Coaching reconversion", 890, DAY.multipliedBy(2), null),
            new DealSeed(DefaultPipeline.FOLLOW_UP, "Coaching Garage — équipe atelier", 1490, DAY.multipliedBy(8),
                    null),
            new DealSeed(DefaultPipeline.AWAITING_FUNDING, "Coaching primo-arrivant (financement 0 %)", 890,
                    DAY.multipliedBy(4), null),
            new DealSeed(DefaultPipeline.CONFIRMED, "Coaching Garage — 8 mécaniciens", 1490, DAY.multipliedBy(10),
                    null),
            new DealSeed(DefaultPipeline.LOST, "Coaching primo-arrivant", 890, DAY.multipliedBy(15),
                    "Financement refusé, reporté à la rentrée"));

    private final Pipelines pipelines;
    private final Deals deals;
    private final Tasks tasks;
    private final Contacts contacts;
    private final EventFactory events;
    private final Clock clock;

    DemoDeals(Pipelines pipelines, Deals deals, Tasks tasks, Contacts contacts, EventFactory events, Clock clock) {
        this.pipelines = pipelines;
        this.deals = deals;
        this.tasks = tasks;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (deals.findById(FIRST_DEAL).isPresent()) {
            return;
        }
        try {
            seed();
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            // Seeded meanwhile: nothing to do.
        }
    }

    private void seed() {
        Instant now = clock.instant();
        String owner = DemoPersona.SCHOOL_ADMIN_B.subject();
        Pipeline pipeline = pipelines.findById(DefaultPipeline.idFor(SCHOOL)).orElseGet(() -> {
            Pipeline seeded = DefaultPipeline.of(SCHOOL, now);
            return pipelines.insert(seeded, events.created(CrmEvents.PIPELINE_CREATED, Initiator.system(), seeded,
                    CrmEvents.of(seeded)));
        });
        List<String> people = contactIds(now);
        List<Deal> seeded = new ArrayList<>();
        for (int i = 0; i < DEALS.size(); i++) {
            DealSeed seed = DEALS.get(i);
            Instant entered = now.minus(seed.inStage());
            Deal deal = Deal.open("demo-deal-" + (i + 1), pipeline, pipeline.firstOpenStage(), new Deal.Details(
                    people.get(i % people.size()), null, seed.title(), owner, Money.euros(seed.euros()), null,
                    PlatformCalendar.today(clock).plusMonths(1)), owner, null, entered.minus(DAY));
            Deal placed = deal.moveTo(pipeline.stage(seed.stageId()).orElseThrow(), seed.lostReason(), owner, null,
                    entered);
            seeded.add(deals.insert(placed, events.created(CrmEvents.DEAL_CREATED, Initiator.system(), placed,
                    CrmEvents.of(placed))));
        }
        Instant endOfToday = PlatformCalendar.today(clock).plusDays(1).atStartOfDay(PlatformCalendar.ZONE)
                .toInstant();
        Instant laterToday = now.plus(Duration.ofHours(1)).isBefore(endOfToday) ? now.plus(Duration.ofHours(1))
                : endOfToday.minusSeconds(60);
        task("demo-task-1", "Rappeler pour le financement 0 %", laterToday, seeded.get(3), owner, now);
        task("demo-task-2", "Envoyer le devis de l'équipe atelier", laterToday, seeded.get(2), owner, now);
        task("demo-task-3", "Premier appel de découverte", now.minus(DAY), seeded.get(0), owner, now);
    }

    private void task(String id, String title, Instant due, Deal deal, String owner, Instant now) {
        Task task = Task.open(id, SCHOOL, new Task.Details(title, due, owner, deal.contactId(), deal.id()), owner,
                null, now);
        tasks.insert(task, events.created(CrmEvents.TASK_CREATED, Initiator.system(), task, CrmEvents.of(task)));
    }

    /** The school's first contacts by name; the demo prospects are added when it has fewer than three. */
    private List<String> contactIds(Instant now) {
        List<String> ids = new ArrayList<>(contacts.page(SCHOOL, ContactQuery.ALL, Paging.first(DEALS.size(), null))
                .items().stream().map(Contact::id).toList());
        if (ids.size() >= 3) {
            return ids;
        }
        List<Contact> prospects = List.of(
                prospect("demo-contact-amadou", "Amadou", "Diallo", "amadou.diallo@example.org",
                        ContactSituation.FIRST_ARRIVAL, ContactSource.FRANCE_TRAVAIL, now),
                prospect("demo-contact-julie", "Julie", "Moreau", "julie.moreau@example.org",
                        ContactSituation.CAREER_CHANGE, ContactSource.GOOGLE_ADS, now),
                prospect("demo-contact-karim", "Karim", "Martin", "karim.martin@garage-martin.example",
                        ContactSituation.EMPLOYEE, ContactSource.WORD_OF_MOUTH, now));
        for (Contact prospect : prospects) {
            if (contacts.findById(prospect.id()).isEmpty()) {
                contacts.insert(prospect, events.created(ContactEvents.CREATED, Initiator.system(), prospect,
                        ContactEvents.attributesOf(prospect)));
            }
            ids.add(prospect.id());
        }
        return ids;
    }

    private static Contact prospect(String id, String given, String family, String email,
                                    ContactSituation situation, ContactSource source, Instant now) {
        return Contact.create(id, SCHOOL, new ContactDetails(given, family, EmailAddress.of(email), null, null, null,
                situation, source, null, null), Set.of(ContactRole.PROSPECT), DemoPersona.SCHOOL_ADMIN_B.subject(),
                Set.of(), "system:demo-data", now);
    }
}
