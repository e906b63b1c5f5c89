package fr.passerelle.shared.persistence;

/**
 * The mode that created an embedded store, recorded inside the store file so it travels with a copy of the data.
 * The dev mode publishes its token issuer's client secrets, so it must never open a store written in production.
 */
enum StoreMode {
    DEVELOPMENT, PRODUCTION;

    /** Whether a store created in {@code recorded} mode may be opened in this mode. */
    boolean mayOpen(StoreMode recorded) {
        return this == PRODUCTION || recorded == DEVELOPMENT;
    }
}
