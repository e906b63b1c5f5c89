package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.persistence.LegalHolds;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What a contact's timeline holds about people: about the contact (interactions, notes, documents, timeline lines,
 * found through the contacts the person is), and about the staff who wrote them (their account as author). Erasing
 * the contact deletes their interactions, notes, timeline and documents, except invoices and signed agreements, which
 * the law keeps (held: restricted, reported); erasing a staff member leaves their pseudonym as the author. When a
 * contact expires, the same records go with it, except the held documents, which their own class's retention deletes
 * when the law allows.
 *
 * <p>The person's (or the expired) contacts are found as every CRM provider finds them ({@link PersonContacts}), and
 * before the contacts' provider deletes them ({@link Order}).
 */
@Component
@Order(0)
class CrmTimelinePrivacy implements PersonalDataProvider {

    static final String FEATURE = "crm-timeline";
    private static final String INTERACTIONS = "crmInteractions";
    private static final String NOTES = "crmNotes";
    private static final String DOCUMENTS = "crmContactDocuments";
    private static final String FILES = "crmContactFiles";
    private static final String TIMELINE = "crmTimeline";
    private static final String PURPOSE = "privacy.purpose.crm-timeline";
    /** Invoices: 10 years (Code de commerce art. L123-22); signed agreements: as the agreements' own hold. */
    private static final int HOLD_YEARS = 10;
    /** The longest a fiscal year (a first one) or a training runs after a document is filed. */
    private static final int HELD_MARGIN_MONTHS = 24;

    private final MongoOperations mongo;
    private final PersonContacts contacts;
    private final LegalHolds holds;

    CrmTimelinePrivacy(MongoOperations mongo, PersonContacts contacts, LegalHolds holds) {
        this.mongo = mongo;
        this.contacts = contacts;
        this.holds = holds;
    }

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public List<PersonalData> declaration() {
        List<PersonalData> declared = new ArrayList<>(List.of(
                new PersonalData("crm.interactions", INTERACTIONS, List.of("contactId", "summary", "loggedBy"),
                        PURPOSE, LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.DELETE),
                new PersonalData("crm.notes", NOTES, List.of("contactId", "text", "author"), PURPOSE,
                        LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.DELETE),
                new PersonalData("crm.timeline", TIMELINE, List.of("contactId"), PURPOSE,
                        LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.DELETE),
                new PersonalData("crm.document-files", FILES, List.of("content"), PURPOSE, LegalBasis.CONTRACT,
                        PersonalData.Erasure.DELETE)));
        for (String dataClass : Arrays.stream(ContactDocumentType.values()).map(ContactDocumentType::dataClass)
                .distinct().toList()) {
            boolean held = Arrays.stream(ContactDocumentType.values())
                    .anyMatch(type -> type.dataClass().equals(dataClass) && type.legalHold() != null);
            declared.add(new PersonalData(dataClass, DOCUMENTS, List.of("contactId", "title", "uploadedBy"), PURPOSE,
                    held ? LegalBasis.LEGAL_OBLIGATION : LegalBasis.CONTRACT,
                    held ? PersonalData.Erasure.HOLD : PersonalData.Erasure.DELETE));
        }
        return List.copyOf(declared);
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        List<Object> contactIds = contacts.of(person);
        return Stream.of(
                PrivacyQueries.section(mongo, "crm-interactions", INTERACTIONS, about(contactIds, "loggedBy", person),
                        List.of("kind", "direction", "outcome", "occurredAt", "summary")),
                PrivacyQueries.section(mongo, "crm-notes", NOTES, about(contactIds, "author", person),
                        List.of("text", "pinned", "createdAt", "updatedAt")),
                PrivacyQueries.section(mongo, "crm-documents", DOCUMENTS, about(contactIds, "uploadedBy", person),
                        List.of("type", "title", "contentType", "size", "sha256", "uploadedAt")),
                PrivacyQueries.section(mongo, "crm-timeline", TIMELINE, Criteria.where("contactId").in(contactIds),
                        List.of("kind", "label", "occurredAt")))
                .flatMap(Optional::stream).toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        List<ErasureOutcome.Hold> held = new ArrayList<>();
        int deleted = forget(contacts.of(person), document -> held.add(restrict(document, now)));
        String pseudonym = PrivacyQueries.pseudonym(person);
        List<String> subjects = PrivacyQueries.subjects(person);
        int pseudonymised = PrivacyQueries.replace(mongo, INTERACTIONS, "loggedBy", subjects, pseudonym)
                + PrivacyQueries.replace(mongo, NOTES, "author", subjects, pseudonym)
                + PrivacyQueries.replace(mongo, DOCUMENTS, "uploadedBy", subjects, pseudonym);
        return new ErasureOutcome(FEATURE, deleted, pseudonymised, held);
    }

    /**
     * Retention runs by data class. A document's trigger (the end of its fiscal year, of its contract, the person's
     * last contact) is not stored with it: its upload time stands for it, and for the classes a law keeps the period
     * is counted from {@link #HELD_MARGIN_MONTHS} after the upload, which the end of a fiscal year or of a training
     * does not pass, so a held document is never deleted before the law allows.
     */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (ContactsPrivacy.DATA_CLASS.equals(dataClass)) {
            return PrivacyQueries.outcome(FEATURE, forget(contacts.expired(triggeredBefore), held -> { }), 0);
        }
        List<ContactDocumentType> types = Arrays.stream(ContactDocumentType.values())
                .filter(type -> type.dataClass().equals(dataClass)).toList();
        if (types.isEmpty()) {
            return PrivacyQueries.outcome(FEATURE, 0, 0);
        }
        Instant uploadedBefore = types.get(0).legalHold() == null ? triggeredBefore
                : triggeredBefore.atOffset(ZoneOffset.UTC).minusMonths(HELD_MARGIN_MONTHS).toInstant();
        Criteria expired = Criteria.where("type").in(types.stream().map(Enum::name).toList())
                .and("uploadedAt").lt(uploadedBefore);
        List<String> ids = mongo.find(Query.query(expired).limit(PrivacyQueries.MAX_RECORDS), Document.class,
                DOCUMENTS).stream().map(document -> document.getString("_id")).toList();
        PrivacyQueries.delete(mongo, FILES, Criteria.where("_id").in(ids));
        return PrivacyQueries.outcome(FEATURE, PrivacyQueries.delete(mongo, DOCUMENTS,
                Criteria.where("_id").in(ids)), 0);
    }

    /**
     * Deletes the interactions, notes, timeline lines and documents (with their files) about these contacts, except
     * the documents a law keeps, which go to {@code onHeld}; how many were deleted.
     */
    private int forget(List<Object> contactIds, Consumer<Document> onHeld) {
        if (contactIds.isEmpty()) {
            return 0;
        }
        Criteria onContacts = Criteria.where("contactId").in(contactIds);
        int deleted = PrivacyQueries.delete(mongo, INTERACTIONS, onContacts)
                + PrivacyQueries.delete(mongo, NOTES, onContacts)
                + PrivacyQueries.delete(mongo, TIMELINE, onContacts);
        List<String> unheld = new ArrayList<>();
        for (Document document : mongo.find(Query.query(onContacts).limit(PrivacyQueries.MAX_RECORDS), Document.class,
                DOCUMENTS)) {
            if (ContactDocumentType.valueOf(document.getString("type")).legalHold() != null) {
                onHeld.accept(document);
            } else {
                unheld.add(document.getString("_id"));
            }
        }
        return unheld.isEmpty() ? deleted : deleted
                + PrivacyQueries.delete(mongo, DOCUMENTS, Criteria.where("_id").in(unheld))
                + PrivacyQueries.delete(mongo, FILES, Criteria.where("_id").in(unheld));
    }

    /** Restricts a held document and its file until the law lets them go. */
    private ErasureOutcome.Hold restrict(Document document, Instant now) {
        ContactDocumentType type = ContactDocumentType.valueOf(document.getString("type"));
        String id = document.getString("_id");
        Instant until = document.getDate("uploadedAt").toInstant().atOffset(ZoneOffset.UTC).plusYears(HOLD_YEARS)
                .toInstant();
        holds.restrict(FILES, List.of(id), type.dataClass(), type.legalHold(), until, now);
        return holds.restrict(DOCUMENTS, List.of(id), type.dataClass(), type.legalHold(), until, now);
    }

    /** Records about the person's contacts, or written by the person as staff. */
    private static Criteria about(List<Object> contactIds, String authorField, DataSubject person) {
        return PrivacyQueries.anyOf(Criteria.where("contactId").in(contactIds),
                PrivacyQueries.bySubject(authorField, person));
    }
}
