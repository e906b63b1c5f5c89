package fr.passerelle.crm.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The types of the events a contact's changes emit. Attributes name the school ({@code schoolId}) and the contact
 * ({@code contactId}), never the person's data.
 */
public final class ContactEvents {

    public static final String CREATED = "contact.created";
    public static final String UPDATED = "contact.updated";
    public static final String ROLES_CHANGED = "contact.rolesChanged";
    public static final String OWNER_ASSIGNED = "contact.ownerAssigned";
    public static final String TAGS_CHANGED = "contact.tagsChanged";
    public static final String STAGE_CHANGED = "contact.stageChanged";
    public static final String LINKED = "contact.linked";
    public static final String INTERACTED = "contact.interacted";
    /**
     * The contact did not reply {@link #DAYS} working days after staff's latest outbound interaction (see
     * {@link ReplyWatch}): once per outbound interaction and delay.
     */
    public static final String NO_REPLY = "contact.noReply";
    /** On the survivor, with {@link #MERGED_CONTACT_ID}: other parts re-point what named the merged contact. */
    public static final String MERGED = "contact.merged";
    /** On the survivor, with {@link #MERGED_CONTACT_ID}: other parts put back what they moved. */
    public static final String UNMERGED = "contact.unmerged";
    /** On the merged contact, {@link #MERGED_CONTACT_ID} naming the survivor: it is listed and found no more. */
    public static final String MERGED_AWAY = "contact.mergedAway";
    /** On the merged contact made active again by an undo, {@link #MERGED_CONTACT_ID} naming the survivor. */
    public static final String RESTORED = "contact.restored";

    public static final String SCHOOL_ID = "schoolId";
    public static final String CONTACT_ID = "contactId";
    public static final String MERGED_CONTACT_ID = "mergedContactId";
    /** On {@link #STAGE_CHANGED}: the target kind whose stage moved (organisation data, not personal data). */
    public static final String TARGET = "target";
    /** On {@link #NO_REPLY}: the delay, in working days, that passed without a reply. */
    public static final String DAYS = "days";

    private ContactEvents() {
    }

    public static Map<String, String> attributesOf(Contact contact) {
        return Map.of(SCHOOL_ID, contact.schoolId(), CONTACT_ID, contact.id());
    }

    public static Map<String, String> attributesOf(Contact contact, String name, String value) {
        Map<String, String> attributes = new HashMap<>(attributesOf(contact));
        attributes.put(name, value);
        return attributes;
    }
}
