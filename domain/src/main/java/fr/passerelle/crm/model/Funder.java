package fr.passerelle.crm.model;

import java.util.Objects;

/** The funder organisation a contact works for or is funded by, named as the organisation writes it. */
public record Funder(FunderKind kind, String name) {

    public Funder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
