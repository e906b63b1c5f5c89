package fr.passerelle.privacy.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.crm.persistence.ContactsPrivacy;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.Pseudonyms;
import fr.passerelle.privacy.port.PersonalDataProvider;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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

/**
 * Every provider against the same footprint: two people, Ana and Bob, each with a record in every collection that
 * holds personal data. Ana's export holds hers and none of Bob's; after her erasure nothing stored names her except
 * the records a legal hold keeps (her signed agreement, its follow-up and files), which are marked restricted; Bob's
 * records are untouched; erasing again changes nothing.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class PersonalDataProvidersContractTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final DataSubject ANA = person("ana");
    private static final DataSubject BOB = person("bob");
    /** Collections whose records about Ana may stay after her erasure: a legal hold keeps them. */
    private static final Set<String> HELD = Set.of("agreements", "internship_followups", "archived_documents",
            "issued_documents", "enrollmentFundings", "trainingContracts");

    @Autowired
    private List<PersonalDataProvider> providers;

    @Autowired
    private MongoOperations mongo;

    @Autowired
    private LegalHolds holds;

    @BeforeEach
    void footprints() {
        TestDatabase.clear(mongo);
        seed("ana");
        seed("bob");
    }

    @Test
    void every_provider_but_the_relays_exports_the_persons_records_and_nobody_elses() {
        for (PersonalDataProvider provider : providers) {
            String export = text(provider.export(ANA));
            if (!provider.feature().equals("job")) {
                assertThat(export).as("%s exports Ana's records", provider.feature()).isNotEmpty();
            }
            assertThat(export).as("%s's export for Ana", provider.feature()).doesNotContain("bob");
        }
    }

    @Test
    void after_erasure_only_what_a_legal_hold_keeps_still_names_the_person_and_it_is_restricted() {
        long bobBefore = recordsNaming("bob").size();

        List<ErasureOutcome> outcomes = providers.stream().map(provider -> provider.erase(ANA, NOW)).toList();

        assertThat(recordsNaming("ana")).as("records still naming Ana")
                .allMatch(record -> HELD.contains(record.split("/")[0]))
                .contains("agreements/signed-ana", "internship_followups/signed-ana")
                .contains("trainingContracts/contract-signed-ana");
        assertThat(holds.restrictedAmong("trainingContracts", List.of("contract-signed-ana", "contract-signed-bob")))
                .containsExactly("contract-signed-ana");
        assertThat(holds.restrictedAmong("archived_documents", List.of("trainingContract/contract-signed-ana/v1")))
                .containsExactly("trainingContract/contract-signed-ana/v1");
        assertThat(mongo.findById("contract-draft-ana", Document.class, "trainingContracts"))
                .as("her unsigned contract").isNull();
        assertThat(holds.restrictedAmong("agreements", List.of("signed-ana", "signed-bob")))
                .containsExactly("signed-ana");
        assertThat(holds.restrictedAmong("archived_documents", List.of("agreement/signed-ana/v1")))
                .containsExactly("agreement/signed-ana/v1");
        assertThat(holds.restrictedAmong("issued_documents", List.of("sealed-sha-ana")))
                .containsExactly("sealed-sha-ana");
        assertThat(mongo.findById("draft-ana", Document.class, "agreements")).as("her unsigned draft").isNull();
        assertThat(holds.restrictedAmong("enrollmentFundings", List.of("funded-ana", "funded-bob")))
                .containsExactly("funded-ana");
        assertThat(mongo.findById("planned-ana", Document.class, "enrollmentFundings")).as("her unfunded plan")
                .isNull();
        Document wonDeal = mongo.findById("won-deal-ana", Document.class, "crmDeals");
        assertThat(wonDeal.getString("contactId")).as("her won deal, kept for the figures")
                .isEqualTo(Pseudonyms.of(ANA));
        assertThat(wonDeal.get("amountInCents")).isEqualTo(89000L);
        assertThat(mongo.findById("deal-ana", Document.class, "crmDeals")).as("her open deal").isNull();
        assertThat(outcomes).filteredOn(outcome -> outcome.feature().equals("agreement")).singleElement()
                .satisfies(outcome -> assertThat(outcome.held()).singleElement().satisfies(hold -> {
                    assertThat(hold.records()).isEqualTo(1);
                    assertThat(hold.until()).isEqualTo(Instant.parse("2032-06-30T00:00:00Z"));
                }));
        assertThat(recordsNaming("bob")).as("Bob's records are untouched").hasSize((int) bobBefore);
        for (PersonalDataProvider provider : providers) {
            if (!Set.of("agreement", "enrollment-funding", "enrollment-contract").contains(provider.feature())) {
                assertThat(provider.export(ANA)).as("%s exports nothing of Ana any more", provider.feature())
                        .isEmpty();
            }
        }
    }

    @Test
    void erasure_deletes_an_unsigned_enrollment_holds_a_signed_one_and_pseudonymises_its_staff() {
        providers.forEach(provider -> provider.erase(ANA, NOW));

        assertThat(mongo.findById("enrollment-DRAFT-ana", Document.class, "enrollments")).isNull();
        Document held = mongo.findById("enrollment-WITHDRAWAL_PERIOD-ana", Document.class, "enrollments");
        assertThat(held.getString("contactId")).as("the contract's party, kept as evidence").isEqualTo("contact-ana");
        assertThat(held).doesNotContainKey("learnerSubject");
        assertThat(holds.restrictedAmong("enrollments", List.of("enrollment-WITHDRAWAL_PERIOD-ana",
                "enrollment-WITHDRAWAL_PERIOD-bob"))).containsExactly("enrollment-WITHDRAWAL_PERIOD-ana");
        Document worked = mongo.findById("enrollment-worked-ana", Document.class, "enrollments");
        assertThat(worked.getString("createdBy")).isEqualTo(Pseudonyms.of(ANA));
        assertThat(mongo.findById("enrollment-DRAFT-bob", Document.class, "enrollments")).isNotNull();
    }

    /**
     * One signed enrollment whose every part names Ana only through it (her paper-signed contract, its ledger, its
     * invoice, its payment account, its dossier): each part's provider must find her before core's unlinks her account
     * from the enrollment and the contacts' provider deletes her contact.
     */
    @Test
    void every_part_of_a_signed_enrollment_finds_the_person_before_core_unlinks_it() {
        providers.forEach(provider -> provider.erase(ANA, NOW));

        Document enrollment = mongo.findById("enrollment-shared-ana", Document.class, "enrollments");
        assertThat(enrollment).doesNotContainKey("learnerSubject");
        assertThat(holds.restrictedAmong("enrollments", List.of("enrollment-shared-ana", "enrollment-shared-bob")))
                .containsExactly("enrollment-shared-ana");
        assertThat(holds.restrictedAmong("trainingContracts", List.of("enrollment-shared-ana",
                "enrollment-shared-bob"))).as("her paper-signed contract").containsExactly("enrollment-shared-ana");
        assertThat(holds.restrictedAmong("paymentLedger", List.of("ledger-shared-ana", "ledger-shared-bob")))
                .containsExactly("ledger-shared-ana");
        assertThat(holds.restrictedAmong("invoices", List.of("invoice-shared-ana", "invoice-shared-bob")))
                .containsExactly("invoice-shared-ana");
        assertThat(mongo.findById("enrollment-shared-ana", Document.class, "paymentAccounts")).isNull();
        assertThat(mongo.findById("enrollment-shared-bob", Document.class, "paymentAccounts")).isNotNull();
        assertThat(mongo.findById("enrollment-shared-ana.IDENTITY", Document.class, "enrollmentDocuments")).isNull();
        assertThat(holds.restrictedAmong("enrollmentDocuments", List.of("enrollment-shared-ana.TRAINING_ACCOUNT_FILE",
                "enrollment-shared-bob.TRAINING_ACCOUNT_FILE")))
                .containsExactly("enrollment-shared-ana.TRAINING_ACCOUNT_FILE");
        assertThat(holds.restrictedAmong("enrollmentFundings", List.of("enrollment-shared-ana",
                "enrollment-shared-bob"))).containsExactly("enrollment-shared-ana");
    }

    /** Core's retention deletes an expired contact's never-signed enrollments: their parts go with them, none orphaned. */
    @Test
    void retention_of_an_expired_contact_leaves_no_dossier_or_contract_without_its_enrollment() {
        providers.forEach(provider -> provider.expire(ContactsPrivacy.DATA_CLASS, NOW, NOW));

        assertThat(mongo.findById("dossier-enrollment-ana", Document.class, "enrollments")).isNull();
        assertThat(mongo.findById("dossier-enrollment-ana.IDENTITY", Document.class, "enrollmentDocuments")).isNull();
        assertThat(mongo.findById("dossier/ana/sha-2", Document.class, "crmContactFiles")).isNull();
        assertThat(mongo.findById("dossier-enrollment-ana", Document.class, "trainingContracts")).isNull();
        assertThat(mongo.findById("trainingContract/dossier-enrollment-ana/v1", Document.class, "archived_documents"))
                .isNull();
        assertThat(mongo.findById("enrollment-shared-ana.IDENTITY", Document.class, "enrollmentDocuments"))
                .as("a signed enrollment's dossier stays with it").isNotNull();
    }

    @Test
    void the_audit_trail_keeps_the_skeleton_of_an_erased_actors_entries_under_their_pseudonym() {
        providers.forEach(provider -> provider.erase(ANA, NOW));

        Document entry = mongo.findById("event-ana", Document.class, "audit_trail");
        assertThat(entry.getString("action")).isEqualTo("learner.registered");
        assertThat(entry.getString("aggregateId")).isEqualTo("object-ana");
        Document initiator = entry.get("initiator", Document.class);
        assertThat(initiator.getString("subject")).isEqualTo(Pseudonyms.of(ANA));
        assertThat(initiator.getString("organisation")).isEqualTo("school:school-1");
    }

    @Test
    void erasure_removes_the_published_contacts_naming_the_person_and_keeps_the_rest_of_the_programme() {
        assertThat(text(providers.stream().filter(p -> p.feature().equals("catalog-programmes")).findFirst()
                .orElseThrow().export(ANA))).contains("ana Doe, ANA@EXAMPLE.ORG", "Accueil, ana@example.org");

        providers.forEach(provider -> provider.erase(ANA, NOW));

        Document details = mongo.findById("programme-ana", Document.class, "catalogProgrammes")
                .get("details", Document.class);
        assertThat(details).doesNotContainKey("contact").containsEntry("title", "Coaching");
        assertThat(details.get("accessibility", Document.class)).doesNotContainKey("referentContact")
                .containsEntry("arrangements", "Salle de plain-pied");
        assertThat(mongo.findById("programme-bob", Document.class, "catalogProgrammes").get("details",
                Document.class).getString("contact")).isEqualTo("Accueil, bob@example.org");
    }

    @Test
    void five_years_after_a_session_closed_its_trainers_seats_and_author_go_and_an_open_one_keeps_them() {
        Date longAgo = Date.from(NOW.minusSeconds(6L * 366 * 86_400));
        Document seat = new Document("holderKey", "contact:contact-9").append("contactId", "contact-9")
                .append("since", longAgo);
        for (String state : List.of("CLOSED", "OPEN")) {
            insert("catalogSessions", new Document("_id", "ended-" + state).append("schoolId", "school-1")
                    .append("state", state).append("details", new Document("trainers", List.of("sub-carl")))
                    .append("seats", List.of(seat)).append("waitlist", List.of(seat)).append("createdBy", "sub-carl")
                    .append("updatedAt", longAgo).append("version", 3L));
        }
        Instant fiveYearsAgo = NOW.minusSeconds(5L * 365 * 86_400);

        providers.forEach(provider -> provider.expire("catalog.session-staff", fiveYearsAgo, NOW));
        providers.forEach(provider -> provider.expire("catalog.session-staff", fiveYearsAgo, NOW));

        Document closed = mongo.findById("ended-CLOSED", Document.class, "catalogSessions");
        assertThat(closed.get("details", Document.class).getList("trainers", String.class)).isEmpty();
        assertThat(closed.getList("seats", Document.class)).isEmpty();
        assertThat(closed.getList("waitlist", Document.class)).isEmpty();
        assertThat(closed.getString("createdBy")).isEqualTo(Pseudonyms.ofSubject("sub-carl"));
        assertThat(closed.get("version")).as("changed once").isEqualTo(4L);
        Document open = mongo.findById("ended-OPEN", Document.class, "catalogSessions");
        assertThat(open.getString("createdBy")).isEqualTo("sub-carl");
        assertThat(open.getList("seats", Document.class)).hasSize(1);
    }

    @Test
    void erasing_again_changes_nothing() {
        providers.forEach(provider -> provider.erase(ANA, NOW));
        List<String> after = everything();

        List<ErasureOutcome> again = providers.stream().map(provider -> provider.erase(ANA, NOW.plusSeconds(60)))
                .toList();

        assertThat(again).allSatisfy(outcome -> {
            assertThat(outcome.deleted()).as(outcome.feature()).isZero();
            assertThat(outcome.pseudonymised()).as(outcome.feature()).isZero();
        });
        assertThat(everything()).isEqualTo(after);
    }

    private static DataSubject person(String name) {
        return new DataSubject("sub-" + name, Set.of("learner-" + name), Set.of(EmailAddress.of(name + "@example.org")));
    }

    /** One person's record in every collection that holds personal data, as the adapters store them. */
    private void seed(String name) {
        String sub = "sub-" + name;
        String learner = "learner-" + name;
        String email = name + "@example.org";
        Date at = Date.from(NOW.minusSeconds(3600));
        insert("learners", new Document("_id", learner).append("subject", sub).append("identity",
                new Document("firstName", name).append("lastName", "Doe").append("email", email))
                .append("createdBy", sub).append("updatedAt", at).append("version", 0L));
        insert("applications", new Document("_id", "application-" + name).append("offerId", "offer-" + name)
                .append("learnerId", learner).append("learnerSubject", sub).append("message", "Hello from " + name)
                .append("history", List.of(new Document("status", "SUBMITTED").append("by", sub)))
                .append("version", 0L));
        insert("internship_offers", new Document("_id", "offer-" + name).append("createdBy", sub)
                .append("terms", new Document("title", "Offer by " + name)).append("version", 0L));
        Document party = new Document("name", name + " Doe").append("email", email);
        insert("agreements", new Document("_id", "draft-" + name).append("learnerId", learner)
                .append("learnerSubject", sub).append("status", "DRAFT").append("parties",
                        new Document("learner", party)).append("signatoryEmails", List.of(email)).append("version", 0L));
        insert("agreements", new Document("_id", "signed-" + name).append("learnerId", learner)
                .append("learnerSubject", sub).append("status", "SIGNED").append("parties",
                        new Document("learner", party)).append("signatoryEmails", List.of(email))
                .append("terms", new Document("period", new Document("end", "2027-06-30"))).append("version", 0L));
        insert("internship_followups", new Document("_id", "signed-" + name).append("items",
                List.of(new Document("notes", "went well, " + name).append("updatedBy", sub))).append("version", 0L));
        insert("archived_documents", new Document("_id", "agreement/signed-" + name + "/v1")
                .append("contentType", "application/pdf").append("sha256", "sha-" + name));
        insert("issued_documents", new Document("_id", "sealed-sha-" + name).append("reference", "signed-" + name)
                .append("documentVersion", 1).append("signatures", List.of(new Document("role", "LEARNER")
                        .append("name", name + " Doe").append("signedAt", at))));
        insert("archived_documents", new Document("_id", "agreement/draft-" + name + "/v1")
                .append("contentType", "application/pdf").append("sha256", "sha-draft-" + name));
        for (String kind : List.of("signed", "draft")) {
            Document learnerSignatory = new Document("id", "learner").append("role", "LEARNER")
                    .append("name", name + " Doe").append("email", email).append("subject", sub);
            Document organisation = new Document("id", "organisation").append("role", "SCHOOL_SIGNATORY")
                    .append("name", "Staff One").append("subject", "staff-1");
            List<Document> signatures = kind.equals("signed") ? List.of(new Document("signatoryId", "learner")
                    .append("method", "ELECTRONIC").append("signedBy", name + " Doe").append("recordedBy", sub)
                    .append("signedAt", at).append("documentVersion", 1).append("documentSha256", "sha")) : List.of();
            insert("trainingContracts", new Document("_id", "contract-" + kind + "-" + name)
                    .append("schoolId", "school-1").append("enrollmentId", "contract-" + kind + "-" + name)
                    .append("particulars", new Document("learnerName", name + " Doe").append("end", "2026-10-02"))
                    .append("signing", new Document("circuit", new Document("steps", List.of(
                            new Document("signatories", List.of(learnerSignatory)),
                            new Document("signatories", List.of(organisation)))))
                            .append("documentVersion", 1).append("documentSha256", "sha")
                            .append("signatures", signatures).append("out", true))
                    .append("signatoryEmails", List.of(email)).append("signatorySubjects", List.of(sub, "staff-1"))
                    .append("createdBy", "staff-1").append("version", 0L));
            insert("archived_documents", new Document("_id", "trainingContract/contract-" + kind + "-" + name + "/v1")
                    .append("contentType", "application/pdf").append("sha256", "sha-contract-" + kind + "-" + name));
        }
        insert("audit_trail", new Document("_id", "event-" + name).append("action", "learner.registered")
                .append("aggregateType", "Learner").append("aggregateId", "object-" + name)
                .append("initiator", new Document("subject", sub).append("organisation", "school:school-1"))
                .append("occurredAt", at));
        insert("companies", new Document("_id", "company-" + name).append("createdBy", sub)
                .append("vetting", new Document("decidedBy", sub)).append("version", 0L)
                .append("workforce", new Document("headcount", 12).append("declaredBy", sub).append("declaredAt", at))
                .append("profile", new Document("siret", "siret-" + name)));
        insert("schools", new Document("_id", "school-" + name).append("createdBy", sub).append("nameKey", name)
                .append("profile", new Document("name", "School " + name).append("contactEmail", email)));
        insert("memberships", new Document("_id", "membership-" + name).append("subject", sub).append("email", email)
                .append("invitedBy", sub).append("invitedAt", at));
        insert("notifications", new Document("_id", "notification-" + name).append("recipient", sub)
                .append("title", "Hi " + name).append("createdAt", at));
        insert("notificationSettings", new Document("_id", sub).append("email", email));
        insert("pushDevices", new Document("_id", "device-" + name).append("subject", sub)
                .append("token", "token-" + name));
        insert("jobs", new Document("_id", "job-" + name).append("event",
                new Document("initiator", new Document("subject", sub))));
        insert("jobs", new Document("_id", "digest-" + name).append("reminder",
                new Document("key", "digest/" + sub).append("attributes", new Document("subject", sub))));
        insert("privacy_requests", new Document("_id", "request-" + name).append("kind", "ACCESS")
                .append("person", sub).append("learnerId", learner).append("recordedBy", sub)
                .append("status", "COMPLETED").append("receivedAt", at).append("version", 0L));
        insert("webhookEndpoints", new Document("_id", "endpoint-" + name).append("organisation", "school:school-1")
                .append("url", "https://hooks.example.org/" + name).append("createdBy", sub).append("version", 0L));
        insert("partnerClients", new Document("_id", "client-" + name).append("clientId", "pc_" + name)
                .append("name", "Sync").append("createdBy", sub).append("version", 0L));
        insert("crmAutomationRules", new Document("_id", "rule-" + name).append("schoolId", "school-1")
                .append("name", "Rule").append("trigger", "TASK_OVERDUE").append("createdBy", sub)
                .append("conditions", List.of(new Document("field", "TASK_OWNER").append("value", sub)))
                .append("actions", List.of(new Document("kind", "NOTIFY_STAFF").append("target", sub)))
                .append("version", 0L));
        insert("consent_ledger", new Document("_id", "consent-" + name).append("subject", sub)
                .append("purpose", "MARKETING_EMAIL").append("decision", "GRANTED").append("source", "SELF_SERVICE")
                .append("wordingVersion", "marketing-1").append("recordedBy", sub).append("at", at));
        insert("marketing_deliveries", new Document("_id", "delivery-" + name).append("campaign", "newsletter-1")
                .append("subject", sub).append("outcome", "SENT").append("at", at));
        insert("newsletters", new Document("_id", "newsletter-" + name).append("title", "News")
                .append("body", "Hello").append("createdBy", sub).append("createdAt", at));
        insert("contacts", new Document("_id", "contact-" + name).append("schoolId", "school-1")
                .append("details", new Document("givenName", name).append("familyName", "Doe").append("email", email)
                        .append("links", new Document("platformSubject", sub).append("learnerId", learner)))
                .append("emailKey", email).append("owner", sub).append("createdBy", sub)
                .append("stages", List.of(new Document("target", "COACH").append("stage", "AWARENESS").append("by", sub)))
                .append("updatedAt", at).append("version", 0L));
        insert("crmSegments", new Document("_id", "segment-" + name).append("schoolId", "school-1")
                .append("name", "Prospects").append("createdBy", sub).append("version", 0L));
        insert("crmDeals", new Document("_id", "deal-" + name).append("schoolId", "school-1")
                .append("pipelineId", "default-school-1").append("contactId", "contact-" + name)
                .append("stageId", "discovery").append("ownerSubject", sub).append("createdBy", sub)
                .append("history", List.of(new Document("toStageId", "discovery").append("by", sub).append("at", at)))
                .append("version", 0L));
        insert("crmDeals", new Document("_id", "won-deal-" + name).append("schoolId", "school-1")
                .append("pipelineId", "default-school-1").append("contactId", "contact-" + name)
                .append("title", "Coaching for " + name + " Doe").append("status", "WON").append("stageId", "confirmed")
                .append("ownerSubject", "staff-1").append("amountInCents", 89000L).append("version", 0L));
        insert("catalogProgrammes", new Document("_id", "programme-" + name).append("schoolId", "school-1")
                .append("details", new Document("title", "Coaching").append("contact", "Accueil, " + email)
                        .append("accessibility", new Document("referentContact", name + " Doe, " + email.toUpperCase())
                                .append("arrangements", "Salle de plain-pied")))
                .append("createdBy", sub).append("version", 0L));
        insert("catalogSessions", new Document("_id", "session-" + name).append("schoolId", "school-1")
                .append("programmeId", "programme-1").append("startOn", "2026-09-07")
                .append("details", new Document("trainers", List.of(sub, "staff-1")))
                .append("seats", List.of(new Document("holderKey", "contact:contact-" + name)
                        .append("contactId", "contact-" + name).append("since", at)))
                .append("waitlist", List.of(new Document("holderKey", "contact:contact-1")
                        .append("contactId", "contact-1").append("since", at)))
                .append("createdBy", sub).append("version", 0L));
        insert("crmPipelines", new Document("_id", "pipeline-" + name).append("schoolId", "school-1")
                .append("name", "Inscriptions").append("createdBy", sub).append("version", 0L));
        insert("crmTasks", new Document("_id", "task-" + name).append("schoolId", "school-1")
                .append("title", "Call back").append("dealId", "deal-" + name).append("ownerSubject", sub)
                .append("createdBy", sub).append("doneBy", sub).append("dueAt", at).append("version", 0L));
        insert("crmInteractions", new Document("_id", "crm-interaction-" + name).append("schoolId", "school-1")
                .append("contactId", "contact-1").append("kind", "CALL").append("summary", "Left a message")
                .append("loggedBy", sub).append("occurredAt", at).append("mergedFrom", List.of()).append("version", 0L));
        insert("crmNotes", new Document("_id", "crm-note-" + name).append("schoolId", "school-1")
                .append("contactId", "contact-1").append("text", "Call back on Monday").append("author", sub)
                .append("createdAt", at).append("mergedFrom", List.of()).append("version", 0L));
        insert("crmContactDocuments", new Document("_id", "crm-document-" + name).append("schoolId", "school-1")
                .append("contactId", "contact-1").append("type", "QUOTE").append("title", "Quote")
                .append("uploadedBy", sub).append("uploadedAt", at).append("mergedFrom", List.of())
                .append("version", 0L));
        insert("enrollmentFundings", new Document("_id", "funded-" + name).append("schoolId", "school-1")
                .append("contactId", "contact-" + name).append("learnerSubject", sub)
                .append("requests", List.of(new Document("source", "FRANCE_TRAVAIL_AIF").append("state", "ACCEPTED")
                        .append("accountId", "FT-" + name)))
                .append("updatedAt", at).append("version", 0L));
        insert("enrollmentFundings", new Document("_id", "planned-" + name).append("schoolId", "school-1")
                .append("contactId", "contact-" + name).append("learnerSubject", sub).append("requests", List.of())
                .append("version", 0L));
        insert("enrollments", new Document("_id", "dossier-enrollment-" + name).append("schoolId", "school-1")
                .append("contactId", "contact-" + name).append("state", "DOSSIER_INCOMPLETE").append("version", 0L));
        insert("enrollmentDocuments", new Document("_id", "dossier-enrollment-" + name + ".IDENTITY")
                .append("schoolId", "school-1").append("enrollmentId", "dossier-enrollment-" + name)
                .append("kind", "IDENTITY").append("state", "REJECTED")
                .append("file", new Document("key", "dossier/" + name + "/sha-2").append("sha256", "sha-2")
                        .append("uploadedBy", sub).append("uploadedAt", at))
                .append("previous", List.of(new Document("key", "dossier/" + name + "/sha-1").append("uploadedBy", sub)))
                .append("rejection", new Document("reason", "OTHER").append("comment", "Hi " + name))
                .append("reviewedBy", sub).append("version", 1L));
        insert("crmContactFiles", new Document("_id", "dossier/" + name + "/sha-2").append("content", new byte[] {1}));
        insert("trainingContracts", new Document("_id", "dossier-enrollment-" + name).append("schoolId", "school-1")
                .append("enrollmentId", "dossier-enrollment-" + name)
                .append("particulars", new Document("learnerName", name + " Doe")).append("signing", new Document()
                        .append("signatures", List.of())).append("createdBy", "staff-1").append("version", 0L));
        insert("archived_documents", new Document("_id", "trainingContract/dossier-enrollment-" + name + "/v1")
                .append("contentType", "application/pdf").append("sha256", "sha-offer-" + name));
        seedSignedEnrollment(name, sub, at);
        insert("paymentLedger", new Document("_id", "ledger-" + name).append("schoolId", "school-1")
                .append("enrollmentId", "enrollment-of-" + name).append("kind", "PAYMENT")
                .append("amount", new Document("amountInMinorUnits", 30000L).append("currency", "EUR"))
                .append("method", "CARD").append("reference", "pi_" + name).append("instalment", 1).append("at", at)
                .append("version", 0L));
        insert("invoices", new Document("_id", "invoice-" + name).append("schoolId", "school-1")
                .append("enrollmentId", "enrollment-of-" + name).append("contactId", "contact-" + name)
                .append("year", 2026).append("number", name.equals("ana") ? 1 : 2).append("paymentEntry", "ledger-" + name)
                .append("amount", new Document("amountInMinorUnits", 30000L).append("currency", "EUR"))
                .append("createdAt", at).append("version", 0L));
        insert("paymentAccounts", new Document("_id", "enrollment-of-" + name).append("schoolId", "school-1")
                .append("attempts", List.of(new Document("providerId", "pi_" + name).append("instalment", 1)))
                .append("version", 0L));
        insert("idempotencyKeys", new Document("_id", "key-" + name).append("client", "subject:" + sub)
                .append("key", "k-" + name).append("status", 200).append("expiresAt", Date.from(NOW.plusSeconds(60))));
        Document created = new Document("to", "DRAFT").append("at", at).append("by", "staff-1");
        Document submitted = new Document("from", "DRAFT").append("to", "DOSSIER_INCOMPLETE").append("at", at)
                .append("by", sub);
        Document signed = new Document("from", "CONTRACT_SENT").append("to", "SIGNED").append("at", at);
        for (String state : List.of("DRAFT", "WITHDRAWAL_PERIOD")) {
            boolean isSigned = !state.equals("DRAFT");
            insert("enrollments", new Document("_id", "enrollment-" + state + "-" + name)
                    .append("schoolId", "school-1").append("sessionId", "session-1").append("contactId", "contact-" + name)
                    .append("learnerSubject", sub).append("state", state).append("createdBy", "staff-1")
                    .append("history", isSigned ? List.of(created, submitted, signed) : List.of(created, submitted))
                    .append("createdAt", at).append("updatedAt", Date.from(NOW)).append("version", 0L));
        }
        insert("enrollments", new Document("_id", "enrollment-worked-" + name).append("schoolId", "school-1")
                .append("sessionId", "session-1").append("contactId", "contact-1").append("state", "DRAFT")
                .append("createdBy", sub).append("history", List.of(new Document("to", "DRAFT").append("at", at)
                        .append("by", sub))).append("createdAt", at).append("version", 0L));
    }

    /** A signed enrollment whose parts (contract, ledger, invoice, account, dossier, funding) name no one themselves. */
    private void seedSignedEnrollment(String name, String sub, Date at) {
        String id = "enrollment-shared-" + name;
        insert("enrollments", new Document("_id", id).append("schoolId", "school-1").append("sessionId", "session-1")
                .append("contactId", "contact-" + name).append("learnerSubject", sub).append("state", "CONFIRMED")
                .append("createdBy", "staff-1").append("history", List.of(new Document("to", "DRAFT").append("at", at)
                        .append("by", "staff-1"), new Document("from", "CONTRACT_SENT").append("to", "SIGNED")
                        .append("at", at))).append("createdAt", at).append("updatedAt", at).append("version", 0L));
        insert("trainingContracts", new Document("_id", id).append("schoolId", "school-1").append("enrollmentId", id)
                .append("particulars", new Document("end", "2026-10-02"))
                .append("signing", new Document("signatures", List.of(new Document("signatoryId", "learner")
                        .append("method", "PAPER").append("recordedBy", "staff-1").append("signedAt", at))))
                .append("createdBy", "staff-1").append("version", 0L));
        for (String kind : List.of("IDENTITY", "TRAINING_ACCOUNT_FILE")) {
            insert("enrollmentDocuments", new Document("_id", id + "." + kind).append("schoolId", "school-1")
                    .append("enrollmentId", id).append("kind", kind).append("state", "ACCEPTED")
                    .append("file", new Document("key", "dossier/" + id + "/" + kind).append("uploadedBy", "staff-1")
                            .append("uploadedAt", at)).append("version", 0L));
        }
        insert("enrollmentFundings", new Document("_id", id).append("schoolId", "school-1")
                .append("contactId", "contact-" + name).append("requests", List.of(new Document("source", "OPCO")
                        .append("state", "ACCEPTED"))).append("updatedAt", at).append("version", 0L));
        insert("paymentLedger", new Document("_id", "ledger-shared-" + name).append("schoolId", "school-1")
                .append("enrollmentId", id).append("kind", "PAYMENT").append("method", "TRANSFER")
                .append("reference", "VIR-shared-" + name).append("at", at)
                .append("version", 0L));
        insert("invoices", new Document("_id", "invoice-shared-" + name).append("schoolId", "school-1")
                .append("enrollmentId", id).append("year", 2026).append("number", name.equals("ana") ? 3 : 4)
                .append("paymentEntry", "ledger-shared-" + name)
                .append("createdAt", at).append("version", 0L));
        insert("paymentAccounts", new Document("_id", id).append("schoolId", "school-1").append("attempts", List.of())
                .append("version", 0L));
    }

    private void insert(String collection, Document document) {
        mongo.getCollection(collection).insertOne(document);
    }

    /**
     * "collection/id" of every stored record holding one of the person's keys or values: their account, profile,
     * address, name, or what they wrote (record ids such as "company-ana" are the seed's, not the person's).
     */
    private List<String> recordsNaming(String name) {
        List<String> personal = List.of("sub-" + name, "learner-" + name, name + "@example.org", name + " Doe",
                "from " + name, "Hi " + name, "token-" + name, "well, " + name);
        List<String> found = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                if (personal.stream().anyMatch(document.toJson()::contains)) {
                    found.add(collection + "/" + document.get("_id"));
                }
            }
        }
        return found;
    }

    private List<String> everything() {
        return mongo.getCollectionNames().stream().sorted().flatMap(collection ->
                mongo.getCollection(collection).find().into(new ArrayList<>()).stream().map(Document::toJson)
                        .sorted()).toList();
    }

    private static String text(List<ExportSection> sections) {
        StringBuilder text = new StringBuilder();
        for (ExportSection section : sections) {
            for (Map<String, String> row : section.rows()) {
                text.append(section.name()).append(row);
            }
        }
        return text.toString();
    }
}
