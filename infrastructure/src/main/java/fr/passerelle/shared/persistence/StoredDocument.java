package fr.passerelle.shared.persistence;

/** A stored document of an aggregate: its {@code _id}, plus a {@code version} field used for optimistic locking. */
public interface StoredDocument {

    String id();
}
