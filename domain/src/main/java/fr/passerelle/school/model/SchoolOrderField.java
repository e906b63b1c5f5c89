package fr.passerelle.school.model;

/** Fields a school list can be ordered by. */
public enum SchoolOrderField {
    NAME,
    CREATED_AT
}
