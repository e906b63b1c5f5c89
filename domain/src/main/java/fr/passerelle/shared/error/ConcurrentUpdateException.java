package fr.passerelle.shared.error;

/**
 * An out-port's write lost an optimistic-lock race: the stored version is no longer the one the change was based on.
 * Use cases retry or report it; it never means data was lost.
 */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String type, String id) {
        super(type + " " + id + " was changed concurrently");
    }
}
