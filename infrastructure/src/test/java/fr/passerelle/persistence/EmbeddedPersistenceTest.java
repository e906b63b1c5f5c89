package fr.passerelle.persistence;

import org.springframework.test.context.TestPropertySource;

/** The persistence contract on the embedded MongoDB-wire server (mongo-java-server), in memory. */
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class EmbeddedPersistenceTest extends PersistenceContract {
}
