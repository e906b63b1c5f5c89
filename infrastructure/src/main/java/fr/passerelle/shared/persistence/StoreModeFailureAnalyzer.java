package fr.passerelle.shared.persistence;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why the dev mode refused the data directory and what to do instead. */
class StoreModeFailureAnalyzer extends AbstractFailureAnalyzer<ForeignStoreException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ForeignStoreException cause) {
        return new FailureAnalysis(cause.getMessage() + ". The dev mode publishes its token issuer's secrets, "
                + "which would open that store's real data to anyone.",
                "Start the dev mode on another data directory (PASSERELLE_DATA_DIR), or start this one without the "
                        + "dev profile. A dev store from before store modes were recorded counts as a production one: "
                        + "delete it, the demo data is seeded again at the next dev start.",
                cause);
    }
}
