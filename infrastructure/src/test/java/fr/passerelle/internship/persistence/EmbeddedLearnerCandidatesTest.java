package fr.passerelle.internship.persistence;

import org.springframework.test.context.TestPropertySource;

/** The learner candidates contract on the embedded MongoDB-wire server (mongo-java-server), in memory. */
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class EmbeddedLearnerCandidatesTest extends LearnerCandidatesContract {
}
