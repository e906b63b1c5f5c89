package fr.passerelle.agreement.persistence;

import static fr.passerelle.privacy.persistence.PrivacyQueries.anyOf;
import static fr.passerelle.privacy.persistence.PrivacyQueries.byEmail;
import static fr.passerelle.privacy.persistence.PrivacyQueries.byLearner;
import static fr.passerelle.privacy.persistence.PrivacyQueries.bySubject;

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
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Internship agreements (parties, terms, signatures, amendments), their follow-ups (steps, evaluations, final report,
 * attestation) and the archived PDFs. Once anyone has signed an agreement it is a contract the school and the company
 * must be able to produce: it, its follow-up and its files are <b>held</b> — kept as they are, marked restricted —
 * for five years after the internship ends (civil limitation period, Code civil art. 2224; attestations are owed to
 * the learner and to funders). An agreement nobody signed is not a contract: the learner's own drafts are deleted
 * with their files, and another party named in one (a tutor, a signatory) is replaced by the pseudonym.
 */
@Component
class AgreementsPrivacy implements PersonalDataProvider {

    static final String SIGNED = "agreement.signed";
    static final String DRAFTS = "agreement.drafts";
    static final String FOLLOW_UPS = "agreement.follow-ups";
    static final String FILES = "agreement.files";
    /** The register of sealed originals: the signatories' names as printed on them, for the public verification. */
    static final String ISSUED = "agreement.issued-documents";
    private static final String ISSUED_DOCUMENTS = "issued_documents";
    static final String HOLD_REASON = "privacy.hold.signed-agreement";
    private static final List<String> SIGNED_STATUSES = List.of("SIGNED", "IN_PROGRESS", "COMPLETED",
            "INTERRUPTED");
    private static final List<String> PARTIES = List.of("learner", "legalRepresentative", "companySignatory",
            "tutor", "schoolSignatory", "referent");
    private static final int HOLD_YEARS = 5;

    private final MongoOperations mongo;
    private final LegalHolds holds;

    AgreementsPrivacy(MongoOperations mongo, LegalHolds holds) {
        this.mongo = mongo;
        this.holds = holds;
    }

    @Override
    public String feature() {
        return "agreement";
    }

    @Override
    public List<PersonalData> declaration() {
        List<String> agreementFields = List.of("learnerId", "learnerSubject", "parties", "terms", "signing",
                "amendments", "interruption", "createdBy", "signatoryEmails", "tutorEmail");
        return List.of(
                new PersonalData(SIGNED, "agreements", agreementFields, "privacy.purpose.agreements",
                        LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD),
                new PersonalData(DRAFTS, "agreements", agreementFields, "privacy.purpose.agreements",
                        LegalBasis.CONTRACT, PersonalData.Erasure.DELETE),
                new PersonalData(FOLLOW_UPS, "internship_followups", List.of("items.notes", "items.updatedBy",
                        "objectives", "evaluations", "finalReport", "ects", "attestation"),
                        "privacy.purpose.follow-ups", LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD),
                new PersonalData(FILES, "archived_documents", List.of("content"), "privacy.purpose.agreements",
                        LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD),
                new PersonalData(ISSUED, ISSUED_DOCUMENTS, List.of("signatures"), "privacy.purpose.agreements",
                        LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        List<String> ids = agreementIds(involving(person));
        return Stream.of(
                PrivacyQueries.section(mongo, "agreement-agreements", "agreements", Criteria.where("_id").in(ids),
                        List.of("status", "parties", "terms", "signing", "amendments", "interruption",
                                "interruptionInitiative", "createdAt", "updatedAt")),
                PrivacyQueries.section(mongo, "agreement-follow-ups", "internship_followups",
                        Criteria.where("_id").in(ids), List.of("items", "objectives", "evaluations", "finalReport",
                                "ects", "attestation")),
                PrivacyQueries.section(mongo, "agreement-files", "archived_documents", files(ids),
                        List.of("contentType", "sha256", "storedAt")),
                PrivacyQueries.section(mongo, "agreement-issued-documents", ISSUED_DOCUMENTS,
                        Criteria.where("reference").in(ids), List.of("reference", "documentVersion", "issuedAt",
                                "signatures")))
                .flatMap(Optional::stream).toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        String pseudonym = PrivacyQueries.pseudonym(person);
        List<String> signed = agreementIds(new Criteria().andOperator(involving(person), signed()));
        List<ErasureOutcome.Hold> held = new ArrayList<>();
        for (String id : signed) {
            Instant until = holdUntil(id, now);
            held.add(holds.restrict("agreements", List.of(id), SIGNED, HOLD_REASON, until, now));
            holds.restrict("internship_followups", List.of(id), FOLLOW_UPS, HOLD_REASON, until, now);
            holds.restrict("archived_documents", fileKeys(id), FILES, HOLD_REASON, until, now);
            holds.restrict(ISSUED_DOCUMENTS, issuedKeys(id), ISSUED, HOLD_REASON, until, now);
        }
        List<String> drafts = agreementIds(new Criteria().andOperator(asLearner(person), unsigned()));
        int deleted = drafts.isEmpty() ? 0 : PrivacyQueries.delete(mongo, "archived_documents", files(drafts))
                + PrivacyQueries.delete(mongo, "internship_followups", Criteria.where("_id").in(drafts))
                + PrivacyQueries.delete(mongo, "agreements", Criteria.where("_id").in(drafts));
        return new ErasureOutcome(feature(), deleted, pseudonymiseInUnsigned(person, pseudonym), held);
    }

    /** Agreements never signed, untouched since the trigger, go with their files. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (!DRAFTS.equals(dataClass)) {
            return PrivacyQueries.outcome(feature(), 0, 0);
        }
        List<String> stale = agreementIds(new Criteria().andOperator(unsigned(),
                Criteria.where("updatedAt").lt(triggeredBefore)));
        int deleted = stale.isEmpty() ? 0 : PrivacyQueries.delete(mongo, "archived_documents", files(stale))
                + PrivacyQueries.delete(mongo, "agreements", Criteria.where("_id").in(stale));
        return PrivacyQueries.outcome(feature(), deleted, 0);
    }

    /** The person as another party of an unsigned agreement, or as staff who wrote one, becomes the pseudonym. */
    private int pseudonymiseInUnsigned(DataSubject person, String pseudonym) {
        int changed = 0;
        List<String> emails = PrivacyQueries.emails(person);
        for (String party : PARTIES) {
            String email = "parties." + party + ".email";
            changed += (int) mongo.updateMulti(Query.query(new Criteria().andOperator(unsigned(),
                    Criteria.where(email).in(emails))), new Update().set("parties." + party + ".name", pseudonym)
                    .unset(email), "agreements").getModifiedCount();
        }
        if (!emails.isEmpty()) {
            mongo.updateMulti(Query.query(new Criteria().andOperator(unsigned(), byEmail("signatoryEmails",
                    person))), new Update().pullAll("signatoryEmails", emails.toArray()), "agreements");
            mongo.updateMulti(Query.query(new Criteria().andOperator(unsigned(), byEmail("tutorEmail",
                    person))), new Update().unset("tutorEmail"), "agreements");
        }
        if (person.subject() != null) {
            changed += PrivacyQueries.replace(mongo, "agreements", "createdBy", PrivacyQueries.subjects(person),
                    pseudonym);
            changed += PrivacyQueries.replaceInArray(mongo, "agreements", "amendments", "proposedBy",
                    person.subject(), pseudonym);
            changed += PrivacyQueries.replaceInArray(mongo, "internship_followups", "items", "updatedBy",
                    person.subject(), pseudonym);
        }
        return changed;
    }

    /** Hold until five years after the internship's planned end (or the erasure, when no end is written). */
    private Instant holdUntil(String agreementId, Instant now) {
        Document stored = mongo.findById(agreementId, Document.class, "agreements");
        Instant end = now;
        Object period = stored == null || !(stored.get("terms") instanceof Document terms) ? null : terms.get("period");
        if (period instanceof Document p && p.getString("end") != null) {
            end = LocalDate.parse(p.getString("end")).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return end.atZone(ZoneOffset.UTC).plusYears(HOLD_YEARS).toInstant();
    }

    private List<String> agreementIds(Criteria where) {
        Query query = Query.query(where).limit(PrivacyQueries.MAX_RECORDS);
        query.fields().include("_id");
        return mongo.find(query, Document.class, "agreements").stream().map(d -> d.get("_id").toString()).toList();
    }

    /** The hashes of the sealed originals issued for the agreement (their register is keyed by hash). */
    private List<String> issuedKeys(String agreementId) {
        Query query = Query.query(Criteria.where("reference").is(agreementId));
        query.fields().include("_id");
        return mongo.find(query, Document.class, ISSUED_DOCUMENTS).stream()
                .map(d -> d.get("_id").toString()).toList();
    }

    private List<String> fileKeys(String agreementId) {
        Query query = Query.query(files(List.of(agreementId)));
        query.fields().include("_id");
        return mongo.find(query, Document.class, "archived_documents").stream()
                .map(d -> d.get("_id").toString()).toList();
    }

    private static Criteria files(List<String> agreementIds) {
        if (agreementIds.isEmpty()) {
            return Criteria.where("_id").in(List.of());
        }
        return new Criteria().orOperator(agreementIds.stream()
                .map(id -> Criteria.where("_id").regex("^" + Pattern.quote("agreement/" + id + "/")))
                .toList().toArray(Criteria[]::new));
    }

    private static Criteria signed() {
        return new Criteria().orOperator(Criteria.where("status").in(SIGNED_STATUSES),
                Criteria.where("signing.signatures.0").exists(true));
    }

    private static Criteria unsigned() {
        return new Criteria().andOperator(Criteria.where("status").nin(SIGNED_STATUSES),
                Criteria.where("signing.signatures.0").exists(false));
    }

    private static Criteria asLearner(DataSubject person) {
        return anyOf(bySubject("learnerSubject", person), byLearner("learnerId", person));
    }

    private static Criteria involving(DataSubject person) {
        return anyOf(asLearner(person), byEmail("signatoryEmails", person), byEmail("tutorEmail", person),
                byEmail("parties.legalRepresentative.email", person), byEmail("parties.referent.email", person));
    }
}
