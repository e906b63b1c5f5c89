package fr.passerelle.learner.persistence;

import org.springframework.test.context.TestPropertySource;

/**
 * The learners contract on the embedded MongoDB-wire server (mongo-java-server), in memory: among others, proof that
 * its sparse unique indexes accept many documents without the field and refuse a repeated value.
 */
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class EmbeddedLearnersTest extends LearnersContract {
}
