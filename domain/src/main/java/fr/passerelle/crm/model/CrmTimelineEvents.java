package fr.passerelle.crm.model;

import java.util.Map;

/**
 * The types of the events interactions, notes and contact documents emit, and the attributes they carry, as every CRM
 * event: the school's id (so webhooks reach it) and the contact's id, never content.
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

    private CrmTimelineEvents() {
    }

    public static Map<String, String> attributesOf(ContactRecord<?> record) {
        return Map.of(ContactEvents.SCHOOL_ID, record.schoolId(), ContactEvents.CONTACT_ID, record.contactId());
    }
}
