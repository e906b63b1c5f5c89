package fr.passerelle.api.dev;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactQuery;
import fr.passerelle.crm.model.CrmTimelineEvents;
import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.InteractionKind;
import fr.passerelle.crm.model.InteractionOutcome;
import fr.passerelle.crm.model.Note;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Interactions;
import fr.passerelle.crm.port.out.Notes;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Paging;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few calls and notes on MécaFormation Lyon's demo contacts, so Bruno Méca's contact timelines are not empty. Runs
 * after the other demo data, since the contacts must exist (last in order, and last by name among runners of the same
 * order); seeded only when missing. The event relay puts them on the timelines and records each contact's last
 * interaction, as for staff's own.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoTimelines implements ApplicationRunner {

    private static final String BRUNO = DemoPersona.SCHOOL_ADMIN_B.subject();
    private static final int CONTACTS = 3;
    private static final List<String> NOTES = List.of(
            "Cherche une alternance en mécanique poids lourds ; dispo à partir de septembre.",
            "Financement OPCO Mobilités à vérifier avec l'employeur.",
            "Préfère être appelé(e) en fin de journée.");

    private final Contacts contacts;
    private final Interactions interactions;
    private final Notes notes;
    private final EventFactory events;
    private final Clock clock;

    DemoTimelines(Contacts contacts, Interactions interactions, Notes notes, EventFactory events, Clock clock) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.notes = notes;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        List<Contact> firstContacts = contacts.page(DemoData.SCHOOL_B, ContactQuery.ALL,
                Paging.first(CONTACTS, null)).items();
        for (int i = 0; i < firstContacts.size(); i++) {
            Contact contact = firstContacts.get(i);
            seed(new Interaction("demo-call-" + contact.id(), contact.schoolId(), contact.id(), InteractionKind.CALL,
                    InteractionDirection.OUTBOUND, i == 0 ? InteractionOutcome.REACHED
                    : InteractionOutcome.CALLBACK_REQUESTED, now.minus(Duration.ofDays(i + 1L)),
                    "Premier appel : présentation des formations CAP et BAC PRO maintenance.", BRUNO, now, List.of(),
                    0));
            seed(Note.write("demo-note-" + contact.id(), contact.schoolId(), contact.id(), NOTES.get(i), i == 0,
                    BRUNO, now));
        }
    }

    private void seed(Interaction interaction) {
        if (interactions.findById(interaction.id()).isEmpty()) {
            insert(() -> interactions.insert(interaction, events.created(CrmTimelineEvents.INTERACTION_LOGGED,
                    Initiator.system(), interaction, CrmTimelineEvents.attributesOf(interaction))));
        }
    }

    private void seed(Note note) {
        if (notes.findById(note.id()).isEmpty()) {
            insert(() -> notes.insert(note, events.created(CrmTimelineEvents.NOTE_ADDED,
                    Initiator.system(), note, CrmTimelineEvents.attributesOf(note))));
        }
    }

    private static void insert(Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            // Seeded meanwhile: nothing to do.
        }
    }
}
