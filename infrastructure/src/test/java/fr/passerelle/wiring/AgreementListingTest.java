package fr.passerelle.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.agreement.port.in.AgreementUseCases;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/**
 * A reader's list of agreements (the store's query) and what they may open (the domain's {@code canRead}) should
 * name the same agreements, for signatories outside the organisations of the agreement too.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class AgreementListingTest {

    private static final String SIGNATORY_EMAIL = "claire@atelier.example";

    @Autowired
    private Agreements agreements;

    @Autowired
    private AgreementUseCases useCases;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyTheDatabase() {
        TestDatabase.clear(mongo);
    }

    @Test
    void aSignatoryWhoDelegatedOpensWhatTheirListShows() {
        Signatory.Delegate delegate = new Signatory.Delegate("Paul Girard", "paul@atelier.example", null, "congé");
        agreements.insert(withCompanySignatory(delegate), Fixtures.event());
        Actor signatory = new Actor("sub-claire", "Claire", EmailAddress.of(SIGNATORY_EMAIL), Set.of(), List.of());

        assertThat(useCases.list(signatory, Set.of(), null, Paging.first(10, null)).items()).hasSize(1);
        assertThat(useCases.find(signatory, "agreement-1")).isPresent();
    }

    /** A signed agreement whose second step is a company signatory who delegated, with no membership anywhere. */
    private static Agreement withCompanySignatory(Signatory.Delegate delegate) {
        Agreement agreement = Fixtures.signedAgreement("agreement-1", "school-1", LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 6, 26));
        List<SigningCircuit.Step> steps = List.of(agreement.signing().circuit().steps().get(0),
                new SigningCircuit.Step(List.of(new Signatory("company_signatory", SignatoryRole.COMPANY_SIGNATORY,
                        "Claire Dubois", SIGNATORY_EMAIL, null, delegate))));
        return new Agreement(agreement.id(), null, agreement.learnerId(), agreement.learnerSubject(),
                agreement.schoolId(), null, agreement.parties(), agreement.terms(), agreement.status(),
                SignedDocument.unsent(new SigningCircuit(steps)), List.of(), null, null, null, agreement.createdBy(),
                agreement.createdAt(), agreement.updatedAt(), 0);
    }
}
