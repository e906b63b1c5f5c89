package fr.passerelle.shared.port;

/** Source of new aggregate ids; a port so tests can make ids deterministic. */
public interface IdGenerator {

    String newId();
}
