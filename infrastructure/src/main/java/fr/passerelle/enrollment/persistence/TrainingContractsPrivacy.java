package fr.passerelle.enrollment.persistence;

import static fr.passerelle.privacy.persistence.PrivacyQueries.anyOf;
import static fr.passerelle.privacy.persistence.PrivacyQueries.byEmail;
import static fr.passerelle.privacy.persistence.PrivacyQueries.bySubject;

import fr.passerelle.crm.persistence.ContactsPrivacy;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.persistence.LegalHolds;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Enrollments' training contracts and their PDFs. A contract anyone signed binds its parties and proves the training
 * was agreed (funders and auditors ask for it): it and its files are <b>held</b> as they are, marked restricted, for
 * five years after the training ends (Code civil art. 2224), under {@code privacy.hold.training-agreement}. A contract
 * nobody signed is an offer: the learner's goes with its files; another person named in it (a parent, the
 * company's representative, the organisation's signatory) becomes the pseudonym, the offer staying for the enrollment.
 * The learner's contracts are those of their enrollments ({@link PersonEnrollments}): this provider runs before core's
 * enrollments provider, which unlinks the learner's account from a signed enrollment and deletes the others.
 */
@Component
@Order(PersonEnrollments.BEFORE_ENROLLMENTS)
class TrainingContractsPrivacy implements PersonalDataProvider {

    static final String CONTRACTS = "enrollment.contracts";
    static final String FILES = "enrollment.contract-files";
    static final String HOLD_REASON = "privacy.hold.training-agreement";
    private static final String COLLECTION = "trainingContracts";
    private static final String ARCHIVE = "archived_documents";
    private static final String LEARNER_PARTY = "learner";
    private static final int HOLD_YEARS = 5;

    private final MongoOperations mongo;
    private final PersonEnrollments enrollments;
    private final LegalHolds holds;

    TrainingContractsPrivacy(MongoOperations mongo, PersonEnrollments enrollments, LegalHolds holds) {
        this.mongo = mongo;
        this.enrollments = enrollments;
        this.holds = holds;
    }

    @Override
    public String feature() {
        return "enrollment-contract";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(
                new PersonalData(CONTRACTS, COLLECTION, List.of("particulars", "signing", "signatoryEmails",
                        "signatorySubjects", "createdBy"), "privacy.purpose.training-contracts",
                        LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD),
                new PersonalData(FILES, ARCHIVE, List.of("content"), "privacy.purpose.training-contracts",
                        LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        List<String> ids = ids(involving(person));
        return Stream.of(
                PrivacyQueries.section(mongo, "enrollment-contracts", COLLECTION, Criteria.where("_id").in(ids),
                        List.of("kind", "particulars", "signing", "sentAt", "signedAt", "withdrawalEndsOn")),
                PrivacyQueries.section(mongo, "enrollment-contract-files", ARCHIVE, files(ids),
                        List.of("contentType", "sha256", "storedAt")))
                .flatMap(Optional::stream).toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        String pseudonym = PrivacyQueries.pseudonym(person);
        List<ErasureOutcome.Hold> held = new ArrayList<>();
        for (String id : ids(new Criteria().andOperator(involving(person), signed()))) {
            Instant until = holdUntil(id, now);
            held.add(holds.restrict(COLLECTION, List.of(id), CONTRACTS, HOLD_REASON, until, now));
            holds.restrict(ARCHIVE, fileKeys(id), FILES, HOLD_REASON, until, now);
        }
        int deleted = 0;
        int pseudonymised = 0;
        List<String> own = learnerEnrollments(person);
        Query unsigned = Query.query(new Criteria().andOperator(involving(person), unsigned()))
                .limit(PrivacyQueries.MAX_RECORDS);
        for (Document contract : mongo.find(unsigned, Document.class, COLLECTION)) {
            String id = contract.get("_id").toString();
            if (own.contains(id) || isLearnerParty(contract, person)) {
                deleted += forget(List.of(id));
            } else if (pseudonymise(contract, person, pseudonym)) {
                pseudonymised++;
            }
        }
        return new ErasureOutcome(feature(), deleted, pseudonymised, held);
    }

    /**
     * Signed contracts are kept by their holds and deleted with their enrollment's erasure, never by a retention run.
     * An unsigned offer goes with its enrollment when core's retention deletes that one (its contact expired): found
     * now, before core's provider deletes the enrollment, or never.
     */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (!ContactsPrivacy.DATA_CLASS.equals(dataClass)) {
            return PrivacyQueries.outcome(feature(), 0, 0);
        }
        List<Object> enrollmentIds = enrollments.expiredUnsigned(triggeredBefore);
        return PrivacyQueries.outcome(feature(), enrollmentIds.isEmpty() ? 0
                : forget(ids(new Criteria().andOperator(Criteria.where("_id").in(enrollmentIds), unsigned()))), 0);
    }

    /** Deletes the contracts and their files; how many records went. */
    private int forget(List<String> ids) {
        return ids.isEmpty() ? 0 : PrivacyQueries.delete(mongo, ARCHIVE, files(ids))
                + PrivacyQueries.delete(mongo, COLLECTION, Criteria.where("_id").in(ids));
    }

    /** The learner's own contract is also one where they are the learner party (the enrollment aside). */
    private static boolean isLearnerParty(Document contract, DataSubject person) {
        return signatories(contract).anyMatch(s -> LEARNER_PARTY.equals(s.getString("id"))
                && "LEARNER".equals(s.getString("role")) && names(s, person));
    }

    /**
     * The person as a party of an unsigned contract becomes the pseudonym (no e-mail, no account), written only if
     * the contract did not change meanwhile (its version bumped, so a writer holding it retries on this one).
     */
    private boolean pseudonymise(Document contract, DataSubject person, String pseudonym) {
        boolean changed = false;
        for (Document signatory : signatories(contract).toList()) {
            if (names(signatory, person)) {
                signatory.put("name", pseudonym);
                signatory.remove("email");
                signatory.remove("subject");
                changed = true;
            }
        }
        Set<String> emails = Set.copyOf(PrivacyQueries.emails(person));
        List<String> subjects = PrivacyQueries.subjects(person);
        Update update = new Update().set("signing", contract.get("signing"))
                .set("signatoryEmails", contract.getList("signatoryEmails", String.class, List.of()).stream()
                        .filter(e -> !emails.contains(e)).toList())
                .set("signatorySubjects", contract.getList("signatorySubjects", String.class, List.of()).stream()
                        .filter(s -> !subjects.contains(s)).toList())
                .inc("version", 1);
        if (subjects.contains(contract.getString("createdBy"))) {
            update.set("createdBy", pseudonym);
            changed = true;
        }
        return changed && mongo.updateFirst(Query.query(Criteria.where("_id").is(contract.get("_id"))
                .and("version").is(contract.get("version"))), update, COLLECTION).getModifiedCount() == 1;
    }

    private static boolean names(Document signatory, DataSubject person) {
        String email = signatory.getString("email");
        String subject = signatory.getString("subject");
        return (email != null && PrivacyQueries.emails(person).contains(email.toLowerCase(Locale.ROOT)))
                || (subject != null && PrivacyQueries.subjects(person).contains(subject));
    }

    private static Stream<Document> signatories(Document contract) {
        Document signing = contract.get("signing", Document.class);
        Document circuit = signing == null ? null : signing.get("circuit", Document.class);
        if (circuit == null) {
            return Stream.empty();
        }
        return circuit.getList("steps", Document.class, List.of()).stream()
                .flatMap(step -> step.getList("signatories", Document.class, List.of()).stream());
    }

    /** Five years after the training's planned end (or the erasure, when none is written). */
    private Instant holdUntil(String id, Instant now) {
        Document stored = mongo.findById(id, Document.class, COLLECTION);
        Instant end = now;
        if (stored != null && stored.get("particulars") instanceof Document particulars
                && particulars.get("end") != null) {
            end = LocalDate.parse(particulars.get("end").toString()).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return end.atZone(ZoneOffset.UTC).plusYears(HOLD_YEARS).toInstant();
    }

    private Criteria involving(DataSubject person) {
        return anyOf(bySubject("signatorySubjects", person), byEmail("signatoryEmails", person),
                Criteria.where("_id").in(learnerEnrollments(person)));
    }

    private List<String> learnerEnrollments(DataSubject person) {
        return enrollments.of(person).stream().map(Object::toString).toList();
    }

    private List<String> ids(Criteria where) {
        Query query = Query.query(where).limit(PrivacyQueries.MAX_RECORDS);
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.get("_id").toString()).toList();
    }

    private List<String> fileKeys(String id) {
        Query query = Query.query(files(List.of(id)));
        query.fields().include("_id");
        return mongo.find(query, Document.class, ARCHIVE).stream().map(d -> d.get("_id").toString()).toList();
    }

    private static Criteria files(List<String> ids) {
        if (ids.isEmpty()) {
            return Criteria.where("_id").in(List.of());
        }
        return new Criteria().orOperator(ids.stream()
                .map(id -> Criteria.where("_id").regex("^" + Pattern.quote("trainingContract/" + id + "/")))
                .toArray(Criteria[]::new));
    }

    private static Criteria signed() {
        return Criteria.where("signing.signatures.0").exists(true);
    }

    private static Criteria unsigned() {
        return Criteria.where("signing.signatures.0").exists(false);
    }
}
