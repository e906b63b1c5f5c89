package fr.passerelle.crm.model;

/**
 * Which of a school's active contacts to list or count, in absolute terms the store can match (a segment's filter
 * once resolved against today's date). Built only from validated values, never from text a user typed.
 */
public record ContactQuery() {

    /** Every active contact. */
    public static final ContactQuery ALL = new ContactQuery();
}
