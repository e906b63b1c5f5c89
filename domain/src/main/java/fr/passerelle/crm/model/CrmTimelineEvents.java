package fr.passerelle.crm.model;

import fr.passerelle.membership.model.Tenant;
import java.util.Map;

/**
 * The types of the events interactions, notes and contact documents emit, and the attributes they carry: the school
 * (so webhooks reach it) and the contact's id, never content.
 */
public final class CrmTimelineEvents {

    public static final String INTERACTION_LOGGED = "interaction.logged";
    public static final String INTERACTION_MOVED = "interaction.moved";
    public static final String NOTE_ADDED = "note.added";
    public static final String NOTE_EDITED = "note.edited";
    public static final String NOTE_DELETED = "note.deleted";
    public static final String NOTE_MOVED = "note.moved";
    public static final String DOCUMENT_ADDED = "contactDocument.added";
    public static final String DOCUMENT_DELETED = "contactDocument.deleted";
    public static final String DOCUMENT_MOVED = "contactDocument.moved";

    /** The school's key ({@link Tenant#key()}), as webhooks route on it. */
    public static final String SCHOOL = "school";
    public static final String CONTACT_ID = "contactId";

    private CrmTimelineEvents() {
    }

    public static Map<String, String> attributesOf(ContactRecord<?> record) {
        return Map.of(SCHOOL, Tenant.school(record.schoolId()).key(), CONTACT_ID, record.contactId());
    }
}
