package fr.passerelle.agreement.persistence;

import org.springframework.test.context.TestPropertySource;

/** The archive contract on the embedded MongoDB-wire server (mongo-java-server), in memory. */
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class EmbeddedDocumentArchiveTest extends DocumentArchiveContract {
}
