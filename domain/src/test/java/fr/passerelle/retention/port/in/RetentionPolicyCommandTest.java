package fr.passerelle.retention.port.in;

import static fr.passerelle.testing.Violations.pathsAndCodesThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.retention.model.RetentionTrigger;
import org.junit.jupiter.api.Test;

class RetentionPolicyCommandTest {

    @Test
    void aPolicyWithinBoundsIsAccepted() {
        assertThatCode(() -> new RetentionPolicyCommand(RetentionTrigger.END_OF_CONTRACT, 12, 48,
                LegalBasis.LEGAL_OBLIGATION)).doesNotThrowAnyException();
        assertThatCode(() -> new RetentionPolicyCommand(RetentionTrigger.LAST_CONTACT_BY_PERSON, 1, 0,
                LegalBasis.CONSENT)).doesNotThrowAnyException();
    }

    @Test
    void everyMissingValueIsReportedAtOnce() {
        assertThat(pathsAndCodesThrownBy(() -> new RetentionPolicyCommand(null, null, null, null)))
                .containsExactlyInAnyOrder("trigger REQUIRED", "basis REQUIRED", "activeMonths REQUIRED",
                        "archiveMonths REQUIRED");
    }

    @Test
    void periodsOutsideTheirBoundsAreRefused() {
        assertThat(pathsAndCodesThrownBy(() -> new RetentionPolicyCommand(RetentionTrigger.END_OF_TRAINING, 0, -1,
                LegalBasis.CONTRACT))).containsExactlyInAnyOrder("activeMonths OUT_OF_RANGE",
                "archiveMonths OUT_OF_RANGE");
        assertThat(pathsAndCodesThrownBy(() -> new RetentionPolicyCommand(RetentionTrigger.END_OF_TRAINING,
                RetentionPolicyCommand.MAX_ACTIVE_MONTHS + 1, Integer.MAX_VALUE, LegalBasis.CONTRACT)))
                .containsExactlyInAnyOrder("activeMonths OUT_OF_RANGE", "archiveMonths OUT_OF_RANGE");
    }

    @Test
    void dataKeptOnConsentIsNotArchived() {
        assertThat(pathsAndCodesThrownBy(() -> new RetentionPolicyCommand(RetentionTrigger.LAST_CONTACT_BY_PERSON,
                12, 1, LegalBasis.CONSENT))).containsExactly("archiveMonths INVALID");
    }
}
