package fr.passerelle.shared.error;

/**
 * The object does not exist or the caller may not see it: both look the same from outside, so nobody learns
 * that someone else's object exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String type, String id) {
        super(type + " " + id + " not found");
    }
}
