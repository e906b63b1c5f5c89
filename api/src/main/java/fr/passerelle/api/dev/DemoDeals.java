package fr.passerelle.api.dev;

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
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Deals go to the school's demo contacts ({@link DemoCrm}). Runs after the other demo data; seeded once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoDeals implements ApplicationRunner {

    private static final String SCHOOL = DemoData.SCHOOL_B;
    private static final String FIRST_DEAL = "demo-deal-1";
    private static final Duration DAY = Duration.ofDays(1);

    private record DealSeed(String contactId, String stageId, String title, long euros, Duration inStage,
                            String lostReason) {
    }

    /** The contacts are {@link DemoCrm}'s, which runs just before (its order is one less). */
    private static final List<DealSeed> DEALS = List.of(
            new DealSeed("demo-contact-amadou-diallo", DefaultPipeline.DISCOVERY, "Coaching primo-arrivant", 890,
                    Duration.ofHours(3), null),
            new DealSeed("demo-contact-thomas-girard", DefaultPipeline.INTERESTED, "Coaching reconversion", 890,
                    DAY.multipliedBy(2), null),
            new DealSeed("demo-contact-luc-bernard", DefaultPipeline.FOLLOW_UP, "Coaching Garage — équipe atelier",
                    1490, DAY.multipliedBy(8), null),
            new DealSeed("demo-contact-karim-benali", DefaultPipeline.AWAITING_FUNDING,
                    "Coaching primo-arrivant (financement 0 %)", 890, DAY.multipliedBy(4), null),
            new DealSeed("demo-contact-claire-martin", DefaultPipeline.CONFIRMED, "Coaching Garage — 8 mécaniciens",
                    1490, DAY.multipliedBy(10), null),
            new DealSeed("demo-contact-julie-roux", DefaultPipeline.LOST, "Coaching primo-arrivant", 890,
                    DAY.multipliedBy(15), "Financement refusé, reporté à la rentrée"));

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
        if (contacts.findAllById(DEALS.stream().map(DealSeed::contactId).toList()).size() < DEALS.size()) {
            return; // the demo contacts are not there: nothing to attach deals to
        }
        List<Deal> seeded = new ArrayList<>();
        for (int i = 0; i < DEALS.size(); i++) {
            DealSeed seed = DEALS.get(i);
            Instant entered = now.minus(seed.inStage());
            Deal deal = Deal.open("demo-deal-" + (i + 1), pipeline, pipeline.firstOpenStage(), new Deal.Details(
                    seed.contactId(), null, seed.title(), owner, Money.euros(seed.euros()), null,
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
}
