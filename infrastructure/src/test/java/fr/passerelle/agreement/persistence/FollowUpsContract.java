package fr.passerelle.agreement.persistence;

import static fr.passerelle.agreement.persistence.AgreementData.FINAL_TOKEN;
import static fr.passerelle.agreement.persistence.AgreementData.MID_TERM_TOKEN;
import static fr.passerelle.agreement.persistence.AgreementData.agreement;
import static fr.passerelle.agreement.persistence.AgreementData.at;
import static fr.passerelle.agreement.persistence.AgreementData.fullAgreement;
import static fr.passerelle.agreement.persistence.AgreementData.fullFollowUp;
import static fr.passerelle.agreement.persistence.AgreementData.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.EvaluationLink;
import fr.passerelle.agreement.model.FollowUpKind;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.persistence.EventDocument;
import fr.passerelle.testing.TestDatabase;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What {@link InternshipFollowUps} promises. */
abstract class FollowUpsContract extends StoreContract {

    static final String COLLECTION = "internship_followups";

    @Autowired
    private InternshipFollowUps followUps;

    @Test
    void followUpWithEveryFieldIsReadBackExactly() {
        InternshipFollowUp followUp = fullFollowUp(fullAgreement("agreement-1"));

        InternshipFollowUp inserted = followUps.insert(followUp, Fixtures.event());

        assertThat(inserted).isEqualTo(followUp);
        assertThat(followUps.findById("agreement-1")).contains(followUp);
        assertThat(followUps.findAllById(List.of("agreement-1", "unknown"))).containsExactly(followUp);
        assertThat(inserted.evaluation(EvaluationKind.FINAL).link().revokedAt()).isNotNull();
        assertThat(inserted.attestation().gratificationPaid().amountInMinorUnits()).isEqualTo(180_000);
    }

    @Test
    void justOpenedFollowUpIsReadBackWithTheSameNullsAndEmptyLists() {
        InternshipFollowUp opened = InternshipFollowUp.openedFor(agreement("agreement-1").build(), at(0));

        InternshipFollowUp inserted = followUps.insert(opened, Fixtures.event());

        assertThat(inserted).isEqualTo(opened);
        assertThat(followUps.findById("agreement-1")).contains(opened);
        assertThat(TestDatabase.raw(mongo, COLLECTION, "agreement-1"))
                .doesNotContainKeys("finalReport", "ects", "attestation", "_class");
    }

    @Test
    void storedDocumentKeepsDatesAsTextTheTokensHashOnlyAndTheEventInItsOutbox() {
        DomainEvent event = Fixtures.event();

        followUps.insert(fullFollowUp(fullAgreement("agreement-1")), event);

        Document stored = TestDatabase.raw(mongo, COLLECTION, "agreement-1");
        Document midTerm = stored.getList("evaluations", Document.class).get(0);
        assertThat(midTerm.get("dueOn")).isEqualTo("2026-05-16");
        assertThat(midTerm.get("link", Document.class)).containsEntry("tokenSha256", sha256(MID_TERM_TOKEN));
        assertThat(stored.toJson()).doesNotContain(MID_TERM_TOKEN + "\"", FINAL_TOKEN + "\"");
        assertThat(stored.get("attestation", Document.class).get("gratificationPaid", Document.class))
                .containsEntry("currency", "EUR");
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "agreement-1")).extracting(EventDocument::id)
                .containsExactly(event.id());
    }

    @Test
    void aSecondFollowUpOfTheAgreementIsADuplicateAgreementIdAndChangesNothing() {
        InternshipFollowUp first = followUps.insert(InternshipFollowUp.openedFor(agreement("agreement-1").build(),
                at(0)), Fixtures.event());

        assertThatThrownBy(() -> followUps.insert(InternshipFollowUp.openedFor(agreement("agreement-1").build(),
                at(5_000)), Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class,
                        e -> assertThat(e.key()).isEqualTo("agreementId"));
        assertThat(followUps.findById("agreement-1")).contains(first);
    }

    @Test
    void updateBasedOnTheStoredVersionStoresTheChangeAndAStaleOneIsAConcurrentUpdate() {
        InternshipFollowUp inserted = followUps.insert(InternshipFollowUp.openedFor(agreement("agreement-1").build(),
                at(0)), Fixtures.event());
        InternshipFollowUp withObjectives = followUps.update(inserted.withObjectives(List.of("Mixer un concert"),
                at(1_000)), Fixtures.event());

        assertThatThrownBy(() -> followUps.update(inserted.withObjectives(List.of("Câbler une scène"), at(1_001)),
                Fixtures.event())).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(withObjectives.version()).isEqualTo(1);
        assertThat(followUps.findById("agreement-1")).contains(withObjectives);
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "agreement-1")).hasSize(2);
    }

    @Test
    void aLinksTokenHashFindsItsFollowUpWhetherTheLinkHoldsOrWasRevoked() {
        InternshipFollowUp full = followUps.insert(fullFollowUp(fullAgreement("agreement-1")), Fixtures.event());
        InternshipFollowUp other = followUps.insert(InternshipFollowUp.openedFor(agreement("agreement-2").build(),
                at(0)).withLinkIssued(EvaluationKind.MID_TERM, new EvaluationLink("link-3", sha256("other-token"),
                "tutor@company.example", at(1_000), at(9_000_000), "sub-teacher", null), at(1_000)), Fixtures.event());

        assertThat(followUps.findByLinkTokenSha256(sha256(MID_TERM_TOKEN))).contains(full);
        assertThat(followUps.findByLinkTokenSha256(sha256(FINAL_TOKEN))).as("revoked").contains(full);
        assertThat(followUps.findByLinkTokenSha256(sha256("other-token"))).contains(other);
        assertThat(followUps.findByLinkTokenSha256(sha256("unknown-token"))).isEmpty();
        assertThat(followUps.findByLinkTokenSha256(MID_TERM_TOKEN)).as("the token itself is no key").isEmpty();
        assertThat(full.item(FollowUpKind.ADAPTATION_CALL).notes()).isEqualTo("Bonne intégration dans l'équipe");
    }
}
