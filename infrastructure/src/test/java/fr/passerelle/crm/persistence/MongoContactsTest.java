package fr.passerelle.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactMerge;
import fr.passerelle.crm.model.ContactQuery;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.ReplyWatch;
import fr.passerelle.crm.model.SegmentFilter;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** The {@link Contacts} and {@link ContactReferences} ports: round trip, duplicate keys, queries, merged contacts. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoContactsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    @Autowired
    private Contacts contacts;

    @Autowired
    private ContactReferences references;

    @Autowired
    private EventFactory events;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    private Contact insert(String id, String school, String family, String email, String phone, String postalCode,
                           ContactSituation situation, Integer birthYear, Set<String> tags, Instant at) {
        var draft = new ContactDraft("Léa", family, email, phone,
                postalCode == null ? null : new AddressDraft(null, postalCode, "Ville", "FR", null, null),
                birthYear, situation, null, null, null, null, null);
        Contact contact = Contact.create(id, school, draft.validate(TODAY), Set.of(), null, tags, "staff", at);
        return contacts.insert(contact, events.created(ContactEvents.CREATED, Initiator.system(), contact,
                ContactEvents.attributesOf(contact)));
    }

    @Test
    void whoSpokeLastAndTheNoticedDelaysAreReadBackWhole() {
        Contact stored = insert("c1", "s1", "Martin", "lea@example.test", null, null, null, null, Set.of(), T0);
        Contact interacted = stored.withInteraction(InteractionDirection.OUTBOUND, T0.plusSeconds(60), T0)
                .withInteraction(InteractionDirection.INBOUND, T0.minusSeconds(60), T0)
                .withNoReplyNoticed(T0.plusSeconds(60), 5, T0);
        contacts.update(interacted, events.changed(ContactEvents.NO_REPLY, Initiator.system(), stored, interacted,
                ContactEvents.attributesOf(interacted)));

        ReplyWatch read = contacts.findById("c1").orElseThrow().replies();
        assertThat(read).isEqualTo(new ReplyWatch(T0.plusSeconds(60), T0.minusSeconds(60), Set.of(5)));
    }

    @Test
    void aContactIsReadBackWhole_andItsDuplicateKeysAndDepartmentAreStoredForIndexedLookups() {
        Contact stored = insert("c1", "s1", "Martin", "Lea.Martin+ads@example.test", "+33 0612345678", "69003",
                ContactSituation.JOB_SEEKER, 1990, Set.of("CAP"), T0);
        assertThat(contacts.findById("c1")).contains(stored);
        Document raw = mongo.findById("c1", Document.class, "contacts");
        assertThat(raw.getString("emailKey")).isEqualTo("lea.martin@example.test");
        assertThat(raw.getString("phoneKey")).isEqualTo("+33612345678");
        assertThat(raw.getString("department")).isEqualTo("69");

        assertThat(contacts.findByKeys("s1", "lea.martin@example.test", null, 5)).extracting(Contact::id)
                .containsExactly("c1");
        assertThat(contacts.findByKeys("s1", null, "+33612345678", 5)).extracting(Contact::id).containsExactly("c1");
        assertThat(contacts.findByKeys("s2", "lea.martin@example.test", "+33612345678", 5)).isEmpty();
        assertThat(mongo.indexOps("contacts").getIndexInfo()).extracting(info -> info.getName())
                .contains("by_school_email", "by_school_phone", "by_school_name");
    }

    @Test
    void queriesAreMatchedFieldByFieldAndMergedContactsAreLeftOut() {
        insert("c1", "s1", "Faure", "faure@example.test", null, "69003", ContactSituation.JOB_SEEKER, 1990,
                Set.of("CAP", "Lyon"), T0);
        insert("c2", "s1", "Girard", "girard@example.test", null, "75011", ContactSituation.JOB_SEEKER, 1990,
                Set.of("CAP"), T0);
        Contact older = insert("c3", "s1", "Henry", "henry@example.test", null, "69100", ContactSituation.EMPLOYEE,
                null, Set.of(), T0);
        insert("c4", "s2", "Ibert", "ibert@example.test", null, "69003", ContactSituation.JOB_SEEKER, 1990,
                Set.of("CAP"), T0);

        ContactQuery seekersOfTheRhone = SegmentFilter.validated(new SegmentFilter(Set.of(ContactRole.PROSPECT),
                null, null, null, Set.of(ContactSituation.JOB_SEEKER), Set.of("CAP"), null, 18, 60, Set.of("69"),
                30, null)).resolve(TODAY, T0);
        assertThat(contacts.count("s1", seekersOfTheRhone)).isEqualTo(1);
        assertThat(contacts.page("s1", seekersOfTheRhone, Paging.first(10, null)).items()).extracting(Contact::id)
                .containsExactly("c1");
        assertThat(contacts.page("s1", ContactQuery.ALL, Paging.first(2, null)).items()).extracting(Contact::id)
                .containsExactly("c1", "c2");
        assertThat(contacts.tagCounts("s1", 10)).extracting(t -> t.label() + "=" + t.contacts())
                .containsExactly("CAP=2", "Lyon=1");

        Contact younger = contacts.findById("c2").orElseThrow();
        Contact away = younger.withMerge(ContactMerge.record(older, older, "staff", T0), T0);
        contacts.update(away, events.changed(ContactEvents.MERGED_AWAY, Initiator.system(), younger, away, Map.of()));
        assertThat(contacts.count("s1", ContactQuery.ALL)).isEqualTo(2);
        assertThat(contacts.findByKeys("s1", "girard@example.test", null, 5)).isEmpty();
        assertThat(references.existing("s1", List.of("c1", "c2", "c4", "missing"))).containsExactly("c1");
        assertThat(references.displayName("s1", "c2")).contains("Léa Girard");
        assertThat(references.displayName("s2", "c1")).isEmpty();
    }
}
