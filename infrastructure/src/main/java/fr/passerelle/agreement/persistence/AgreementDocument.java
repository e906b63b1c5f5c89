package fr.passerelle.agreement.persistence;

import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.Amendment.AmendmentStatus;
import fr.passerelle.agreement.model.InterruptionInitiative;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored agreement: the agreement as the domain holds it, plus fields derived for the queries.
 *
 * <ul>
 *   <li>{@code signatoryEmails}: the lower-case e-mails of every signatory and delegate of the agreement's circuit
 *       and of each amendment's, so a signatory who is in no organisation of the agreement (a company signatory
 *       invited by e-mail, a delegate) still finds it in their list (multikey).</li>
 *   <li>{@code tutorEmail}: the tutor's e-mail in lower case, for the tutor's load (three interns at once).</li>
 * </ul>
 *
 * <p>The id of an agreement made from an application follows from the application's id, so the {@code _id} index is
 * what keeps an application to one agreement: a duplicate {@code _id} is reported as the key {@code applicationId}.
 *
 * <p>Indexes: one per clause of a reader's visibility (the intern's account, a school, a company, a signatory's
 * e-mail) and per filter (the learner, the statuses, none), each in the list's newest-first order, so each branch of
 * the {@code $or} reads its own index in order; the tutor's live agreements.
 */
@Document("agreements")
@CompoundIndex(name = "created_order", def = "{'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "status_created_order", def = "{'status': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "learner_created_order", def = "{'learnerId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "intern_created_order", def = "{'learnerSubject': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "school_created_order", def = "{'schoolId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "company_created_order", def = "{'companyId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "signatory_created_order", def = "{'signatoryEmails': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "tutor_status", def = "{'tutorEmail': 1, 'status': 1}")
record AgreementDocument(
        @Id String id,
        String applicationId,
        String learnerId,
        String learnerSubject,
        String schoolId,
        String companyId,
        PartiesDocument parties,
        TermsDocument terms,
        AgreementStatus status,
        SigningDocument signing,
        List<AmendmentDocument> amendments,
        String interruption,
        LocalDate interruptedOn,
        InterruptionInitiative interruptionInitiative,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        List<String> signatoryEmails,
        String tutorEmail,
        long version) implements StoredDocument {

    /** How e-mails are stored and searched: as mail systems treat them, without case or surrounding spaces. */
    static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** @param companySiret 14 digits, for a French host */
    record PartiesDocument(PartyDocument learner, PartyDocument legalRepresentative, PartyDocument company,
                           String companySiret, PartyDocument companySignatory, PartyDocument tutor,
                           PartyDocument school, PartyDocument schoolSignatory, PartyDocument referent) {
    }

    record PartyDocument(String name, String email, String function) {
    }

    record AmendmentDocument(String id, int number, String reason, TermsDocument terms, AmendmentStatus status,
                             SigningDocument signing, String proposedBy, Instant proposedAt) {
    }
}
