package fr.passerelle.shared.model;

/** An aggregate root: stored as one document, identified by id, changed under optimistic locking by version. */
public interface Aggregate {

    String id();

    long version();
}
