package fr.passerelle.shared.paging;

/**
 * Which slice of a sorted list to read: the first {@code size} items after a position, or the last {@code size}
 * items before one.
 */
public record Paging(int size, boolean backward, Keyset after, Keyset before) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public Paging {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be between 0 and " + MAX_SIZE);
        }
    }

    public static Paging first(int size, Keyset after) {
        return new Paging(size, false, after, null);
    }

    public static Paging last(int size, Keyset before) {
        return new Paging(size, true, null, before);
    }
}
