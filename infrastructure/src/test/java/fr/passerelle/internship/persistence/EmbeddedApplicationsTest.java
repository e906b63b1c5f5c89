package fr.passerelle.internship.persistence;

import org.springframework.test.context.TestPropertySource;

/**
 * The applications contract on the embedded MongoDB-wire server (mongo-java-server), in memory: among others, proof
 * that its unique compound index refuses a second application of a learner to an offer, and that the grouped read
 * of first pages ({@code $push} then {@code $slice}) runs there.
 */
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class EmbeddedApplicationsTest extends ApplicationsContract {
}
