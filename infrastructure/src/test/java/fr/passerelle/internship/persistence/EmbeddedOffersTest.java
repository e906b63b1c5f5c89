package fr.passerelle.internship.persistence;

import org.springframework.test.context.TestPropertySource;

/**
 * The offers contract on the embedded MongoDB-wire server (mongo-java-server), in memory: among others, proof that
 * keyword search on token arrays and the distance prefilter work without {@code $text} and geo operators.
 */
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class EmbeddedOffersTest extends OffersContract {
}
