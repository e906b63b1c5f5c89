package fr.passerelle.shared.error;

/** An out-port refused a write because a unique value (named by {@code key}) is already taken. */
public class DuplicateKeyException extends RuntimeException {

    private final String key;

    public DuplicateKeyException(String key) {
        super("duplicate " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
