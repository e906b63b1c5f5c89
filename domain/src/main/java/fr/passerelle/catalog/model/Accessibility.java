package fr.passerelle.catalog.model;

/**
 * How people with disabilities are welcomed: the disability referent to contact (a name and a professional e-mail or
 * phone, as the school publishes it) and the arrangements the school can make.
 */
public record Accessibility(String referentContact, String arrangements) {
}
