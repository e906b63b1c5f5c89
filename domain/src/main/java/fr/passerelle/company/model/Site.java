package fr.passerelle.company.model;

import fr.passerelle.shared.model.Address;
import java.util.Objects;

/**
 * A place where a company hosts learners. Coordinates are required: distance matching depends on them.
 *
 * @param id unique within the company
 */
public record Site(String id, String name, Address address) {

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(address.location(), "address.location");
    }
}
