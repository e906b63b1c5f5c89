package fr.passerelle.agreement.model;

import java.util.Objects;

/**
 * A person or organisation named by the agreement.
 *
 * @param function what they are, as the agreement states it (e.g. "Chef d'atelier", "Directrice des études")
 */
public record Party(String name, String email, String function) {

    public Party {
        Objects.requireNonNull(name, "name");
    }
}
