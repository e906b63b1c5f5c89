package fr.passerelle;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The infrastructure module as an application, for its own tests: scans {@code fr.passerelle} (adapters, Mongo
 * connection and indexes, use-case wiring) and lets Boot's Mongo auto-configuration connect. No web layer here.
 */
@SpringBootApplication
public class PersistenceTestApplication {
}
