package fr.passerelle.enrollment.persistence;

import fr.passerelle.crm.persistence.ContactsPrivacy;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.model.EnrollmentState;
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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What enrollment dossiers hold about people: the applicant's documents (found through their enrollments: as the
 * enrollment's learner or through their CRM contacts) and their files, and the staff who uploaded or reviewed them.
 * <ul>
 *   <li>Erasing the applicant deletes the documents and files of their enrollments, except, on an enrollment signed
 *       (or further), the funders' documents (training account file, OPCO agreement, employer commitment, France
 *       Travail registration): the funders audit them with the training agreement, so they are held under
 *       {@code privacy.hold.training-agreement} (restricted, reported). Staff are pseudonymised.</li>
 *   <li>Retention: once an enrollment has ended (completed, cancelled, abandoned), {@code enrollment.identity-documents}
 *       (the applicant's and a guardian's identity documents) go at once, {@code enrollment.dossier-documents} after
 *       their period.</li>
 *   <li>Retention of an expired contact: core's provider deletes its never-signed enrollments; their documents and
 *       files go first, while they can still be found.</li>
 * </ul>
 * Ordered before the enrollments' own provider ({@code EnrollmentsPrivacy}, itself before the contacts'), which
 * deletes the enrollments it finds the documents through ({@link PersonEnrollments}).
 */
@Component
@Order(PersonEnrollments.BEFORE_ENROLLMENTS)
class DossierDocumentsPrivacy implements PersonalDataProvider {

    static final String FEATURE = "enrollment-dossier";
    private static final String DOCUMENTS = "enrollmentDocuments";
    /** The CRM's file store, where the dossier's bytes live under {@code dossier/…} keys. */
    private static final String FILES = "crmContactFiles";
    private static final String ENROLLMENTS = "enrollments";
    private static final String PURPOSE = "privacy.purpose.enrollment-dossier";
    private static final String HOLD = "privacy.hold.training-agreement";
    private static final String FILES_CLASS = "enrollment.dossier-files";
    /** As the signed agreements' own policy: 12 months active and 48 archived after the training. */
    private static final int HOLD_YEARS = 5;
    private static final Set<String> SIGNED = Stream.of(EnrollmentState.SIGNED, EnrollmentState.WITHDRAWAL_PERIOD,
            EnrollmentState.CONFIRMED, EnrollmentState.IN_TRAINING, EnrollmentState.COMPLETED,
            EnrollmentState.ABANDONED).map(Enum::name).collect(Collectors.toSet());
    private static final List<String> ENDED = Stream.of(EnrollmentState.COMPLETED, EnrollmentState.CANCELLED,
            EnrollmentState.ABANDONED).map(Enum::name).toList();
    private static final Set<String> FUNDERS = Stream.of(DossierDocumentKind.TRAINING_ACCOUNT_FILE,
            DossierDocumentKind.OPCO_FUNDING_AGREEMENT, DossierDocumentKind.EMPLOYER_COMMITMENT,
            DossierDocumentKind.FRANCE_TRAVAIL_REGISTRATION).map(Enum::name)
            .collect(Collectors.toSet());
    private static final List<String> FIELDS = List.of("enrollmentId", "file", "previous", "rejection",
            "reviewedBy");

    private final MongoOperations mongo;
    private final PersonEnrollments enrollments;
    private final LegalHolds holds;

    DossierDocumentsPrivacy(MongoOperations mongo, PersonEnrollments enrollments, LegalHolds holds) {
        this.mongo = mongo;
        this.enrollments = enrollments;
        this.holds = holds;
    }

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(
                new PersonalData(DossierDocumentKind.IDENTITY_CLASS, DOCUMENTS, FIELDS, PURPOSE, LegalBasis.CONTRACT,
                        PersonalData.Erasure.DELETE),
                new PersonalData(DossierDocumentKind.DOSSIER_CLASS, DOCUMENTS, FIELDS, PURPOSE,
                        LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD),
                new PersonalData(FILES_CLASS, FILES, List.of("content"), PURPOSE, LegalBasis.CONTRACT,
                        PersonalData.Erasure.DELETE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        return PrivacyQueries.section(mongo, "enrollment-dossier-documents", DOCUMENTS, about(person),
                List.of("enrollmentId", "kind", "state", "expiresOn", "file.contentType", "file.size", "file.sha256",
                        "file.uploadedAt", "rejection.reason", "rejection.comment", "reviewedAt")).stream().toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        Set<Object> signed = mongo.find(Query.query(enrollments.criteria(person)).limit(PrivacyQueries.MAX_RECORDS),
                        Document.class, ENROLLMENTS).stream().filter(e -> SIGNED.contains(e.getString("state")))
                .map(e -> e.get("_id")).collect(Collectors.toSet());
        List<Document> unheld = new ArrayList<>();
        List<Document> held = new ArrayList<>();
        for (Document document : documents(about(person))) {
            boolean funders = signed.contains(document.get("enrollmentId"))
                    && FUNDERS.contains(document.getString("kind"));
            (funders ? held : unheld).add(document);
        }
        int deleted = forget(unheld);
        List<ErasureOutcome.Hold> kept = new ArrayList<>();
        if (!held.isEmpty()) {
            Instant until = now.atOffset(ZoneOffset.UTC).plusYears(HOLD_YEARS).toInstant();
            holds.restrict(FILES, fileKeys(held), FILES_CLASS, HOLD, until, now);
            kept.add(holds.restrict(DOCUMENTS, held.stream().map(document -> document.getString("_id")).toList(),
                    DossierDocumentKind.DOSSIER_CLASS, HOLD, until, now));
        }
        String pseudonym = PrivacyQueries.pseudonym(person);
        List<String> subjects = PrivacyQueries.subjects(person);
        int pseudonymised = PrivacyQueries.replace(mongo, DOCUMENTS, "reviewedBy", subjects, pseudonym)
                + PrivacyQueries.replace(mongo, DOCUMENTS, "file.uploadedBy", subjects, pseudonym);
        for (String subject : subjects) {
            pseudonymised += PrivacyQueries.replaceInArray(mongo, DOCUMENTS, "previous", "uploadedBy", subject,
                    pseudonym);
        }
        return new ErasureOutcome(FEATURE, deleted, pseudonymised, kept);
    }

    /** The documents of the class, of enrollments that ended before {@code triggeredBefore}, go with their files. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (ContactsPrivacy.DATA_CLASS.equals(dataClass)) {
            List<Object> deletedWithContact = enrollments.expiredUnsigned(triggeredBefore);
            return PrivacyQueries.outcome(FEATURE, deletedWithContact.isEmpty() ? 0
                    : forget(documents(Criteria.where("enrollmentId").in(deletedWithContact))), 0);
        }
        List<String> kinds = Arrays.stream(DossierDocumentKind.values())
                .filter(kind -> kind.dataClass().equals(dataClass)).map(Enum::name).toList();
        if (kinds.isEmpty()) {
            return PrivacyQueries.outcome(FEATURE, 0, 0);
        }
        Query ended = Query.query(Criteria.where("state").in(ENDED).and("updatedAt").lt(triggeredBefore))
                .limit(PrivacyQueries.MAX_RECORDS);
        ended.fields().include("_id");
        List<Object> enrollmentIds = mongo.find(ended, Document.class, ENROLLMENTS).stream()
                .map(enrollment -> enrollment.get("_id")).toList();
        if (enrollmentIds.isEmpty()) {
            return PrivacyQueries.outcome(FEATURE, 0, 0);
        }
        return PrivacyQueries.outcome(FEATURE, forget(documents(Criteria.where("enrollmentId").in(enrollmentIds)
                .and("kind").in(kinds))), 0);
    }

    /** Deletes the documents and every file they refer to (current and previous versions); how many documents. */
    private int forget(List<Document> documents) {
        if (documents.isEmpty()) {
            return 0;
        }
        PrivacyQueries.delete(mongo, FILES, Criteria.where("_id").in(fileKeys(documents)));
        return PrivacyQueries.delete(mongo, DOCUMENTS, Criteria.where("_id")
                .in(documents.stream().map(document -> document.get("_id")).toList()));
    }

    /** The keys of the documents' current and previous files (a previous one's bytes may linger after a crash). */
    private static List<String> fileKeys(List<Document> documents) {
        List<String> keys = new ArrayList<>();
        for (Document document : documents) {
            keys.add(document.get("file", Document.class).getString("key"));
            document.getList("previous", Document.class, List.of()).forEach(file -> keys.add(file.getString("key")));
        }
        return keys;
    }

    private List<Document> documents(Criteria where) {
        return mongo.find(Query.query(where).limit(PrivacyQueries.MAX_RECORDS), Document.class, DOCUMENTS);
    }

    /**
     * The documents of the person's enrollments (not those they uploaded or reviewed as staff: those are about someone
     * else, and keep only a pseudonym of them).
     */
    private Criteria about(DataSubject person) {
        return Criteria.where("enrollmentId").in(enrollments.of(person));
    }
}
