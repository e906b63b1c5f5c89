package fr.passerelle.agreement.model;

import java.util.Objects;

/**
 * A pedagogical objective the school set for the internship; the tutor rates each one in the evaluations.
 *
 * @param id its number in the list, "1" for the first
 */
public record Objective(String id, String text) {

    public Objective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
