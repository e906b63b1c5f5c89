package fr.passerelle.crm.model;

/** A tag in use in a school's CRM and on how many of its active contacts. */
public record TagCount(String label, long contacts) {
}
