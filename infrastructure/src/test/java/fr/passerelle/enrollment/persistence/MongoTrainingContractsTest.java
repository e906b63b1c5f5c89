package fr.passerelle.enrollment.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.enrollment.contract.ContractSamples;
import fr.passerelle.enrollment.model.ContractKind;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.port.out.TrainingContracts;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/**
 * The contract adapter on the embedded store: a contract round-trips with its particulars, circuit and signatures,
 * under optimistic locking, with the signatories' keys the privacy requests search by.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoTrainingContractsTest {

    @Autowired
    private TrainingContracts contracts;

    @Autowired
    private MongoOperations mongo;

    @Test
    void aContractRoundTripsWithItsSignaturesAndSignatoryKeys() {
        TrainingContract sent = ContractSamples.unsent("enr-round-trip", ContractKind.COMPANY)
                .sent("a".repeat(64), ContractSamples.SENT_AT);
        contracts.insert(sent, Fixtures.event());
        TrainingContract signed = sent.signedBy("learner", SignatureMethod.ELECTRONIC, "Léa Martin", "sub-lea",
                "a".repeat(64), ContractSamples.SENT_AT, LocalDate.of(2026, 6, 5));

        TrainingContract stored = contracts.update(signed, Fixtures.event());

        assertThat(contracts.findById("enr-round-trip")).contains(stored);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.signing().currentSignatures()).singleElement()
                .satisfies(s -> assertThat(s.signedBy()).isEqualTo("Léa Martin"));
        assertThat(contracts.findAllById(List.of("enr-round-trip", "missing"))).containsExactly(stored);
        Document raw = mongo.findById("enr-round-trip", Document.class, "trainingContracts");
        assertThat(raw.getList("signatoryEmails", String.class)).containsExactly("bruno@mecaformation.test",
                "gerard@garage.test", "lea.martin@mail.test");
        assertThat(raw.getList("signatorySubjects", String.class)).containsExactly("school-admin-b", "sub-lea");
        assertThatThrownBy(() -> contracts.update(signed, Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
    }
}
