package fr.passerelle.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.port.PersonalDataProvider;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/**
 * The CRM's providers together, in the order the privacy and retention services run them: a prospect known only by
 * e-mail (entered by hand or imported) is found by every one of them, and what hangs on a contact goes with it, on
 * erasure as on expiry.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class CrmPrivacyProvidersTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LONG_AGO = Instant.parse("2022-01-10T09:00:00Z");
    private static final DataSubject ZOE = new DataSubject(null, Set.of(), Set.of(EmailAddress.of("zoe@example.org")));
    private static final List<String> DEPENDENTS = List.of("crmInteractions", "crmNotes", "crmTimeline",
            "crmContactDocuments", "crmContactFiles", "crmDeals", "crmTasks");

    @Autowired
    private List<PersonalDataProvider> providers;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void zoeAndYannWithHistory() {
        TestDatabase.clear(mongo);
        prospect("contact-zoe", "zoe@example.org", LONG_AGO);
        prospect("contact-yann", "yann@example.org", NOW.minusSeconds(3600));
    }

    @Test
    void an_email_only_prospects_history_is_exported() {
        List<ExportSection> export = crm().stream().flatMap(provider -> provider.export(ZOE).stream()).toList();

        assertThat(export).extracting(ExportSection::name).contains("crm-contacts", "crm-interactions", "crm-notes",
                "crm-documents", "crm-timeline", "crm-deals-about-you", "crm-tasks-about-you");
        assertThat(export.toString()).contains("note on contact-zoe", "call with contact-zoe")
                .doesNotContain("contact-yann");
        assertThat(export).filteredOn(section -> section.name().equals("crm-contacts")).singleElement()
                .satisfies(contacts -> assertThat(contacts.rows()).singleElement()
                        .satisfies(row -> assertThat(row.get("replies")).contains("lastOutboundAt")));
    }

    @Test
    void erasing_an_email_only_prospect_leaves_only_the_held_invoice() {
        List<ErasureOutcome> outcomes = crm().stream().map(provider -> provider.erase(ZOE, NOW)).toList();

        assertThat(outcomes).flatExtracting(ErasureOutcome::held).singleElement()
                .satisfies(hold -> assertThat(hold.dataClass()).isEqualTo("crm.invoices"));
        assertThat(remaining("contact-zoe")).containsExactly("crmContactDocuments:contact-zoe-INVOICE",
                "crmContactFiles:contact-zoe-INVOICE");
        assertThat(remaining("contact-yann")).hasSize(10);
    }

    @Test
    void an_expired_contact_takes_what_hangs_on_it_except_held_documents() {
        crm().forEach(provider -> provider.expire(ContactsPrivacy.DATA_CLASS, NOW.minusSeconds(86_400), NOW));

        assertThat(mongo.getCollection("contacts").find().map(d -> d.getString("_id")).into(new ArrayList<>()))
                .containsExactly("contact-yann");
        assertThat(remaining("contact-zoe")).containsExactly("crmContactDocuments:contact-zoe-INVOICE",
                "crmContactFiles:contact-zoe-INVOICE");
        assertThat(remaining("contact-yann")).hasSize(10);
    }

    /** The CRM's providers, in the order Spring gives every list of them to the services. */
    private List<PersonalDataProvider> crm() {
        return providers.stream().filter(provider -> provider.feature().startsWith("crm-")).toList();
    }

    /** The records, in every collection hanging on contacts, of one contact (documents and files by their id). */
    private List<String> remaining(String contactId) {
        List<String> found = new ArrayList<>();
        for (String collection : DEPENDENTS) {
            mongo.getCollection(collection).find(new Document("$or", List.of(new Document("contactId", contactId),
                    new Document("_id", new Document("$regex", "^" + contactId + "-")))))
                    .forEach(d -> found.add(collection + ":" + d.get("_id")));
        }
        return found;
    }

    private void prospect(String id, String email, Instant updatedAt) {
        Date at = Date.from(updatedAt);
        mongo.getCollection("contacts").insertOne(new Document("_id", id).append("schoolId", "s1")
                .append("details", new Document("email", email)).append("emailKey", email)
                .append("replies", new Document("lastOutboundAt", at))
                .append("createdAt", at).append("updatedAt", at).append("version", 0L));
        mongo.getCollection("crmInteractions").insertOne(new Document("_id", id + "-i").append("schoolId", "s1")
                .append("contactId", id).append("kind", "CALL").append("summary", "call with " + id)
                .append("loggedBy", "advisor").append("occurredAt", at).append("version", 0L));
        mongo.getCollection("crmNotes").insertOne(new Document("_id", id + "-n").append("schoolId", "s1")
                .append("contactId", id).append("text", "note on " + id).append("author", "advisor")
                .append("version", 0L));
        mongo.getCollection("crmTimeline").insertOne(new Document("_id", "interaction:" + id).append("schoolId", "s1")
                .append("contactId", id).append("kind", "INTERACTION").append("label", "interaction.logged")
                .append("occurredAt", at));
        for (String type : List.of("INVOICE", "ID_PROOF")) {
            mongo.getCollection("crmContactDocuments").insertOne(new Document("_id", id + "-" + type)
                    .append("schoolId", "s1").append("contactId", id).append("type", type).append("title", type)
                    .append("uploadedBy", "advisor").append("uploadedAt", Date.from(NOW)).append("version", 0L));
            mongo.getCollection("crmContactFiles").insertOne(new Document("_id", id + "-" + type)
                    .append("content", "x"));
        }
        for (String status : List.of("OPEN", "LOST")) {
            mongo.getCollection("crmDeals").insertOne(new Document("_id", id + "-deal-" + status)
                    .append("schoolId", "s1").append("contactId", id).append("title", "BTS for " + id)
                    .append("status", status).append("version", 0L));
        }
        mongo.getCollection("crmTasks").insertOne(new Document("_id", id + "-task").append("schoolId", "s1")
                .append("contactId", id).append("title", "call back").append("version", 0L));
    }
}
