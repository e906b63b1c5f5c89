package fr.passerelle.bench.data;

/**
 * The application's collections the benchmarks write in bulk or read directly, as its MongoDB adapters name them
 * (the hand-written baselines must read what the application reads).
 */
public final class StoredCollections {

    public static final String OFFERS = "internship_offers";
    public static final String APPLICATIONS = "applications";
    public static final String LEARNERS = "learners";

    private StoredCollections() {
    }
}
