package fr.passerelle.internship.model;

import java.util.Locale;

/**
 * A post as a host names it (its own code or label), on an offer and on the agreements made for it: two internships
 * with the same host and the same reference are on the same post, which L124-11 (Code de l'éducation) makes wait
 * between interns. Compared normalised, so that "atelier  mécanique" and "Atelier mécanique" name one post.
 */
public final class PostReference {

    private PostReference() {
    }

    /** Spaces trimmed and collapsed, upper case; blank is none (null). */
    public static String normalise(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        return reference.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
