package fr.passerelle.agreement.persistence;

import org.springframework.test.context.TestPropertySource;

/**
 * The agreements contract on the embedded MongoDB-wire server (mongo-java-server), in memory: among others, proof
 * that the visibility's {@code $or} over a multikey e-mail array and the keyset pages run there.
 */
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class EmbeddedAgreementsTest extends AgreementsContract {
}
