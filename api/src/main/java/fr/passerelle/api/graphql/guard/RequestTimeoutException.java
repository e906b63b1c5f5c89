package fr.passerelle.api.graphql.guard;

import java.time.Duration;

/** The request spent its time budget; reported with the TIMEOUT classification. */
public class RequestTimeoutException extends RuntimeException {

    public RequestTimeoutException(Duration budget) {
        super("The request exceeded its time budget of " + budget.toSeconds() + " s; ask for less data");
    }
}
