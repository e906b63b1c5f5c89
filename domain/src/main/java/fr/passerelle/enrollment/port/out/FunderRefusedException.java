package fr.passerelle.enrollment.port.out;

/**
 * The funder's service refused a command: an action its life cycle does not allow in the record's state, a record it
 * does not know, an idempotency key reused for another command. Nothing changed. The real services answer this with
 * a 4xx (EDOF and the providers' APIs: 400, 404, 409); the message is for logs, never for people.
 */
public class FunderRefusedException extends RuntimeException {

    public FunderRefusedException(String message) {
        super(message);
    }
}
