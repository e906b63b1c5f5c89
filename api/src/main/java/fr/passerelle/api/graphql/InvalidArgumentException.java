package fr.passerelle.api.graphql;

/** A request argument the API cannot use (a malformed cursor, a page size out of range); reported as BAD_REQUEST. */
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
