package fr.passerelle.company.model;

/** Fields a company list can be ordered by. */
public enum CompanyOrderField {
    LEGAL_NAME,
    CREATED_AT
}
