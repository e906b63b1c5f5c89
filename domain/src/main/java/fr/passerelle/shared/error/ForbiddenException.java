package fr.passerelle.shared.error;

/** The caller may see the object but not perform this action on it. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String action) {
        super("Not allowed to " + action);
    }
}
