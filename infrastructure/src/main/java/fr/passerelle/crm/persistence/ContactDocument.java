package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.Funder;
import fr.passerelle.crm.model.ReplyWatch;
import fr.passerelle.crm.model.StageTrack;
import fr.passerelle.shared.persistence.AddressDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored contact. Besides the contact itself it holds the values its school's queries match on, derived on every
 * write: the duplicate keys ({@code emailKey}, {@code phoneKey}), the listing order ({@code nameKey}) and the
 * department of its postal code ({@code department}, for segments by region). Every index the school's queries use
 * starts with the school; the last four serve the only queries that cross schools, a privacy request's (a person by
 * account, learner profile or e-mail, {@link PersonContacts}) and the retention run's (contacts unchanged since).
 */
@Document("contacts")
@CompoundIndex(name = "by_school_email", def = "{'schoolId': 1, 'emailKey': 1}")
@CompoundIndex(name = "by_school_phone", def = "{'schoolId': 1, 'phoneKey': 1}")
@CompoundIndex(name = "by_school_name", def = "{'schoolId': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "by_school_learner", def = "{'schoolId': 1, 'details.links.learnerId': 1}")
@CompoundIndex(name = "by_school_subject", def = "{'schoolId': 1, 'details.links.platformSubject': 1}")
@CompoundIndex(name = "by_subject", def = "{'details.links.platformSubject': 1}")
@CompoundIndex(name = "by_learner", def = "{'details.links.learnerId': 1}")
@CompoundIndex(name = "by_email", def = "{'emailKey': 1}")
@CompoundIndex(name = "by_updated", def = "{'updatedAt': 1, '_id': 1}")
record ContactDocument(
        @Id String id,
        String schoolId,
        Details details,
        Set<ContactRole> roles,
        String owner,
        Set<String> tags,
        List<StageTrack> stages,
        MergeRecord merge,
        String mergedInto,
        Instant lastInteractionAt,
        ReplyWatch replies,
        String emailKey,
        String phoneKey,
        String nameKey,
        String department,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) implements StoredDocument {

    record Details(String givenName, String familyName, String email, String phone, AddressDocument address,
                   Integer birthYear, ContactSituation situation, ContactSource source, String campaign,
                   Links links) {
    }

    record Links(String companyId, Funder funder, String platformSubject, String learnerId) {
    }

    /** Kept on a merged contact: the survivor and its state before and after the merge, for an undo. */
    record MergeRecord(String into, Instant at, String by, Snapshot survivorBefore, Snapshot survivorAfter) {
    }

    record Snapshot(Details details, Set<ContactRole> roles, String owner, Set<String> tags, List<StageTrack> stages,
                    ReplyWatch replies) {
    }
}
