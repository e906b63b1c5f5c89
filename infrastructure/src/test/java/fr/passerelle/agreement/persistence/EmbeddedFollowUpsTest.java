package fr.passerelle.agreement.persistence;

import org.springframework.test.context.TestPropertySource;

/** The follow-ups contract on the embedded MongoDB-wire server (mongo-java-server), in memory. */
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class EmbeddedFollowUpsTest extends FollowUpsContract {
}
