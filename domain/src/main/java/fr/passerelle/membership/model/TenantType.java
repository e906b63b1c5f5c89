package fr.passerelle.membership.model;

/** The kinds of organisation a membership can belong to. */
public enum TenantType {
    SCHOOL,
    COMPANY
}
