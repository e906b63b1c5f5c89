package fr.passerelle.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.persistence.LegalHolds;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
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

/** What a contact's timeline holds about the person a contact stands for: exported, erased, invoices held. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class CrmTimelinePrivacyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final DataSubject ANA = new DataSubject(null, Set.of("learner-ana"), Set.of());

    @Autowired
    private CrmTimelinePrivacy privacy;

    @Autowired
    private LegalHolds holds;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void anasContactWithHistory() {
        TestDatabase.clear(mongo);
        Date at = Date.from(NOW.minusSeconds(3600));
        mongo.getCollection("contacts").insertOne(new Document("_id", "contact-ana").append("schoolId", "s1")
                .append("details", new Document("links", new Document("learnerId", "learner-ana"))));
        mongo.getCollection("crmInteractions").insertOne(new Document("_id", "i1").append("schoolId", "s1")
                .append("contactId", "contact-ana").append("kind", "CALL").append("summary", "Wants a BTS")
                .append("loggedBy", "advisor").append("occurredAt", at).append("version", 0L));
        mongo.getCollection("crmNotes").insertOne(new Document("_id", "n1").append("schoolId", "s1")
                .append("contactId", "contact-ana").append("text", "Speaks Spanish").append("author", "advisor")
                .append("version", 0L));
        mongo.getCollection("crmTimeline").insertOne(new Document("_id", "interaction:i1").append("schoolId", "s1")
                .append("contactId", "contact-ana").append("kind", "INTERACTION").append("label", "interaction.logged")
                .append("occurredAt", at));
        for (String type : List.of("INVOICE", "ID_PROOF")) {
            mongo.getCollection("crmContactDocuments").insertOne(new Document("_id", type).append("schoolId", "s1")
                    .append("contactId", "contact-ana").append("type", type).append("title", type)
                    .append("uploadedBy", "advisor").append("uploadedAt", at).append("version", 0L));
            mongo.getCollection("crmContactFiles").insertOne(new Document("_id", type).append("content", "x"));
        }
        mongo.getCollection("crmNotes").insertOne(new Document("_id", "n-other").append("schoolId", "s1")
                .append("contactId", "contact-bob").append("text", "Someone else").append("author", "advisor")
                .append("version", 0L));
    }

    @Test
    void the_persons_contact_history_is_exported_and_nobody_elses() {
        List<ExportSection> export = privacy.export(ANA);

        assertThat(export).extracting(ExportSection::name)
                .containsExactly("crm-interactions", "crm-notes", "crm-documents", "crm-timeline");
        assertThat(export.toString()).contains("Wants a BTS", "Speaks Spanish").doesNotContain("Someone else");
    }

    @Test
    void erasure_deletes_the_history_but_holds_invoices_restricted() {
        ErasureOutcome outcome = privacy.erase(ANA, NOW);

        assertThat(outcome.deleted()).isEqualTo(5);
        assertThat(outcome.held()).singleElement().satisfies(hold -> {
            assertThat(hold.dataClass()).isEqualTo("crm.invoices");
            assertThat(hold.reason()).isEqualTo("privacy.hold.accounting");
        });
        assertThat(mongo.getCollection("crmInteractions").countDocuments()).isZero();
        assertThat(mongo.getCollection("crmTimeline").countDocuments()).isZero();
        assertThat(mongo.getCollection("crmNotes").countDocuments()).isEqualTo(1);
        assertThat(mongo.getCollection("crmContactFiles").find().map(d -> d.getString("_id"))
                .into(new java.util.ArrayList<>())).containsExactly("INVOICE");
        assertThat(holds.restrictedAmong("crmContactDocuments", List.of("INVOICE"))).containsExactly("INVOICE");
        assertThat(privacy.erase(ANA, NOW.plusSeconds(60)).deleted()).isZero();
    }

    @Test
    void retention_deletes_expired_id_proofs_but_keeps_invoices_until_their_fiscal_year_can_have_ended() {
        Instant justExpired = NOW.minusSeconds(60);

        assertThat(privacy.expire("crm.id-proofs", justExpired, NOW).deleted()).isEqualTo(1);
        assertThat(privacy.expire("crm.invoices", justExpired, NOW).deleted()).isZero();
        assertThat(privacy.expire("crm.invoices", NOW.plus(java.time.Duration.ofDays(2 * 366)), NOW).deleted())
                .isEqualTo(1);
        assertThat(privacy.expire("learner.profile", NOW, NOW).deleted()).isZero();
        assertThat(mongo.getCollection("crmContactFiles").countDocuments()).isZero();
    }
}
