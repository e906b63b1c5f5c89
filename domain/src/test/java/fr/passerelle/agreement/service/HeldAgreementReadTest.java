package fr.passerelle.agreement.service;

import static fr.passerelle.agreement.service.AccessMatrix.readersOnly;
import static fr.passerelle.agreement.service.AccessMatrix.whoFinds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.service.AgreementScene.Who;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.AgreementDrafts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A signed agreement kept under a legal hold after its learner's erasure is read only by those who must keep it:
 * the school's staff and platform admins. Everyone else finds nothing, as if it did not exist.
 */
class HeldAgreementReadTest {

    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);

    private final AgreementScene scene = new AgreementScene();
    private final Agreement running = scene.inProgress();

    @Test
    void onlyTheSchoolsStaffAndPlatformAdminsFindAHeldAgreementAndItsFollowUp() {
        hold(running);

        assertThat(whoFinds(scene, actor -> scene.service.find(actor, running.id()))).isEqualTo(keepersOnly());
        assertThat(whoFinds(scene, actor -> scene.followUpService.find(actor, running.id())))
                .isEqualTo(keepersOnly());
        assertThat(whoFinds(scene, actor -> scene.service.document(actor, running.id(), null)))
                .isEqualTo(keepersOnly());
    }

    @Test
    void theHostLosesItInBatchesAndListsTooAskingForTheMarksOncePerList() {
        hold(running);
        int before = scene.markQueries.get();

        assertThat(scene.service.findAll(scene.as(Who.RECRUITER), List.of(running.id()))).isEmpty();
        assertThat(scene.followUpService.findAll(scene.as(Who.RECRUITER), List.of(running.id()))).isEmpty();
        assertThat(scene.service.list(scene.as(Who.RECRUITER), Set.of(), null, FIRST_PAGE).items()).isEmpty();
        assertThat(scene.markQueries.get() - before).isEqualTo(3);

        assertThat(scene.service.list(scene.as(Who.STAFF_A), Set.of(), null, FIRST_PAGE).items())
                .extracting(Agreement::id).containsExactly(running.id());
        assertThat(scene.markQueries.get() - before).as("the school's staff read it without asking").isEqualTo(3);
    }

    @Test
    void aPageWhoseAgreementsAreAllHeldFromTheReaderReadsOnToOneTheyMaySee() {
        // Another internship of Léa with the same host, a year later: the host reads both.
        Agreement other = scene.service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), AgreementScene.COMPANY_C,
                AgreementDrafts.valid().terms(AgreementDrafts.terms().dates(running.terms().period().start()
                        .plusYears(1), running.terms().period().end().plusYears(1))).build());
        assertThat(scene.service.list(scene.as(Who.RECRUITER), Set.of(), null, FIRST_PAGE).items()).hasSize(2);
        Paging one = Paging.first(1, null);
        Agreement first = scene.service.list(scene.as(Who.RECRUITER), Set.of(), null, one).items().get(0);
        hold(first);

        assertThat(scene.service.list(scene.as(Who.RECRUITER), Set.of(), null, one).items())
                .extracting(Agreement::id)
                .containsExactly(first.id().equals(running.id()) ? other.id() : running.id());
    }

    @Test
    void theHostCannotActOnAHeldAgreementWhichLooksMissingWhileTheSchoolStillCan() {
        hold(running);

        assertThatThrownBy(() -> scene.completeOnLastDay(Who.RECRUITER, running))
                .isInstanceOf(NotFoundException.class);
        assertThat(scene.completeOnLastDay(Who.STAFF_A, running).status()).isEqualTo(AgreementStatus.COMPLETED);
    }

    @Test
    void theTutorsEvaluationLinkClosesOnceTheAgreementIsHeld() {
        var link = scene.followUpService.issueEvaluationLink(scene.as(Who.STAFF_A), running.id(),
                EvaluationKind.MID_TERM);
        assertThat(scene.followUpService.evaluationForm(link.token())).isPresent();

        hold(running);

        assertThat(scene.followUpService.evaluationForm(link.token())).isEmpty();
    }

    @Test
    void anAgreementNotHeldIsReadAsBefore() {
        scene.held.add(HeldAgreements.COLLECTION + "/someone-elses-agreement");

        assertThat(whoFinds(scene, actor -> scene.service.find(actor, running.id()))).isEqualTo(readersOnly());
        assertThat(scene.service.list(scene.as(Who.RECRUITER), Set.of(), null, FIRST_PAGE).items())
                .extracting(Agreement::id).containsExactly(running.id());
    }

    private void hold(Agreement agreement) {
        scene.held.add(HeldAgreements.COLLECTION + "/" + agreement.id());
    }

    private static Map<Who, Boolean> keepersOnly() {
        Map<Who, Boolean> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, who == Who.STAFF_A || who == Who.PLATFORM_ADMIN);
        }
        return expected;
    }
}
